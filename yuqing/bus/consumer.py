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

from kafka import KafkaConsumer
from kafka.errors import CommitFailedError, KafkaError
from kafka.structs import OffsetAndMetadata, TopicPartition

from models.messages import Message
from models.topics import MessageDecodeError, Topic
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
        settings: dict[str, Any] = {
            "bootstrap_servers": bootstrap_servers.split(","),
            "group_id": group,
            "client_id": f"yuqing-{stage}",
            "enable_auto_commit": False,
            "auto_offset_reset": "earliest",
            "max_poll_records": max_batch,
            "session_timeout_ms": 10_000,
            "heartbeat_interval_ms": 3_000,
            "max_poll_interval_ms": 300_000,
            "fetch_max_wait_ms": 100,
            "metadata_max_age_ms": 10_000,
        }
        settings.update(config)
        require_listener(bootstrap_servers)
        try:
            self._consumer = KafkaConsumer(**settings)
        except KafkaError as exc:
            raise RetryableError(f"cannot connect to Kafka at {bootstrap_servers}: {exc}") from exc
        self._consumer.subscribe([topic.full_name(topic_prefix)])

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
        self._consumer.close(autocommit=False)

    # -- steps ----------------------------------------------------------------------------------

    def _poll(self) -> list[tuple[TopicPartition, Any]]:
        try:
            polled = self._consumer.poll(timeout_ms=self.poll_timeout_ms, max_records=self.max_batch)
        except KafkaError as exc:
            log.warning("%s: poll failed, retrying: %s", self.stage, exc)
            time.sleep(1.0)
            return []
        return [(tp, rec) for tp, recs in polled.items() for rec in recs]

    def _process(self, raw: list[tuple[TopicPartition, Any]]) -> None:
        decoded: list[Record[M]] = []
        undecodable: list[tuple[Any, bytes, MessageDecodeError]] = []
        for _tp, rec in raw:
            value = rec.value if rec.value is not None else b""
            try:
                message = self.topic.decode(value)
            except MessageDecodeError as exc:
                undecodable.append((rec, value, exc))
                continue
            decoded.append(Record(message, rec.partition, rec.offset, rec.key, value, rec.timestamp))
        if decoded:
            self._handle(decoded)
        # Only after the handler did not ask for a retry: a re-read batch must not dead-letter twice.
        for rec, value, decode_error in undecodable:
            self._dead_letter(rec.partition, rec.offset, rec.key, value, decode_error)
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

    def _next_offsets(self, raw: list[tuple[TopicPartition, Any]]) -> dict[TopicPartition, int]:
        nxt: dict[TopicPartition, int] = {}
        for tp, rec in raw:
            nxt[tp] = max(nxt.get(tp, 0), rec.offset + 1)
        return nxt

    def _commit(self, raw: list[tuple[TopicPartition, Any]]) -> None:
        offsets = {tp: OffsetAndMetadata(off, "", -1) for tp, off in self._next_offsets(raw).items()}
        try:
            self._consumer.commit(offsets=offsets)
            self.stats.last_commit_at = time.time()
        except (CommitFailedError, KafkaError) as exc:
            # The group rebalanced: these records will be delivered again and handled idempotently.
            log.warning("%s: commit failed, records will be redelivered: %s", self.stage, exc)

    def _rewind(self, raw: list[tuple[TopicPartition, Any]]) -> None:
        first: dict[TopicPartition, int] = {}
        for tp, rec in raw:
            first[tp] = min(first.get(tp, rec.offset), rec.offset)
        for tp, off in first.items():
            try:
                self._consumer.seek(tp, off)
            except (AssertionError, KafkaError, ValueError):
                # The partition was revoked meanwhile; its new owner resumes from the last commit.
                pass

    # -- observability --------------------------------------------------------------------------

    def lag(self) -> dict[int, int]:
        """Per assigned partition: messages behind the end of the log (after the last commit)."""
        assigned = self._consumer.assignment()
        if not assigned:
            return {}
        ends = self._consumer.end_offsets(list(assigned))
        lag: dict[int, int] = {}
        for tp in assigned:
            committed = self._consumer.committed(tp) or 0
            lag[tp.partition] = max(0, ends.get(tp, 0) - committed)
        return lag
