"""A typed producer: publishes models to their topics (idempotent, ``acks=all``), over librdkafka."""

from __future__ import annotations

import base64
import time
from typing import Any, TypeVar

from confluent_kafka import KafkaError, KafkaException, Producer
from confluent_kafka import Message as KafkaMessage

from models.messages import DeadLetter, Message
from models.timeutil import Clock, utcnow
from models.topics import Topic
from yuqing.bus.options import librdkafka_config
from yuqing.bus.reach import require_listener
from yuqing.errors import RetryableError

M = TypeVar("M", bound=Message)

TOPIC_CHECK_S = 5.0
"""How long the first message to a topic waits for the broker to say whether it has the topic."""


class BusProducer:
    """Publishes :class:`models.messages.Message` values to :class:`models.topics.Topic` topics.

    ``flush`` blocks until every published message is acknowledged by the broker, and raises
    :class:`RetryableError` if any was not: callers flush before committing their input offsets.
    A failed flush drops what was still queued, so the caller's retry publishes it again and a
    later flush reports only its own messages.

    The first message to a topic checks that the broker has it (the broker does not create
    topics), so a missing topic is an error at once, not after the acknowledgement wait.
    """

    def __init__(
        self,
        bootstrap_servers: str,
        topic_prefix: str = "",
        *,
        client_id: str = "yuqing",
        clock: Clock = utcnow,
        flush_timeout_s: float = 60.0,
        max_block_ms: int = 60_000,
        **config: Any,
    ) -> None:
        self.prefix = topic_prefix
        self.flush_timeout_s = flush_timeout_s
        self.max_block_s = max_block_ms / 1000
        self._clock = clock
        self._failures: list[str] = []
        self._topics_seen: set[str] = set()
        options: dict[str, Any] = {
            "acks": "all",
            "enable.idempotence": True,
            "linger.ms": 5,
            "batch.size": 1024 * 1024,
            "message.max.bytes": 4 * 1024 * 1024,
            "compression.type": "none",
            "message.timeout.ms": 120_000,
            "topic.metadata.refresh.interval.ms": 10_000,
            # Keyed messages go where Java clients put them (murmur2 of the key).
            "partitioner": "murmur2_random",
        }
        options.update(config)
        require_listener(bootstrap_servers)
        try:
            self._producer = Producer(librdkafka_config(bootstrap_servers, client_id, options))
        except KafkaException as exc:
            raise RetryableError(f"cannot set up a Kafka producer for {bootstrap_servers}: {exc}") from exc

    def publish(self, topic: Topic[M], message: M) -> None:
        """Queue ``message`` for ``topic`` (asynchronous; see :meth:`flush`)."""
        key, value = topic.encode(message)
        self.send_raw(topic.full_name(self.prefix), key, value)

    def send_raw(self, full_topic: str, key: bytes | None, value: bytes) -> None:
        """Queue raw bytes (tests use this to publish deliberately broken messages)."""
        deadline = time.monotonic() + self.max_block_s
        if full_topic not in self._topics_seen:
            self._require_topic(full_topic)
        while True:
            try:
                self._producer.produce(full_topic, value=value, key=key, on_delivery=self._delivered)
                break
            except BufferError as exc:  # the local queue is full: let deliveries drain it
                if time.monotonic() > deadline:
                    raise RetryableError(f"cannot publish to {full_topic}: the send queue stays full") from exc
                self._producer.poll(0.05)
            except KafkaException as exc:
                raise RetryableError(f"cannot publish to {full_topic}: {exc}") from exc
        self._producer.poll(0)  # serve delivery reports as we go

    def _require_topic(self, full_topic: str) -> None:
        """Raise :class:`RetryableError` unless the broker answers that it has ``full_topic``."""
        try:
            metadata = self._producer.list_topics(full_topic, timeout=min(self.max_block_s, TOPIC_CHECK_S))
        except KafkaException as exc:
            raise RetryableError(f"cannot publish to {full_topic}: the broker does not answer ({exc})") from exc
        found = metadata.topics.get(full_topic)
        error = found.error if found is not None else None
        if found is None or (error is not None and error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART):
            raise RetryableError(f"cannot publish to {full_topic}: the broker has no such topic")
        if error is None:
            self._topics_seen.add(full_topic)

    def _delivered(self, error: KafkaError | None, message: KafkaMessage) -> None:
        if error is not None:
            self._failures.append(f"{message.topic()}: {error.str()}")

    def dead_letter(
        self,
        topic: Topic[Any],
        *,
        stage: str,
        partition: int,
        offset: int,
        key: bytes | None,
        value: bytes,
        error: BaseException,
    ) -> None:
        """Publish the original message with the reason to ``topic``'s dead-letter topic."""
        letter = DeadLetter(
            stage=stage,
            topic=topic.full_name(self.prefix),
            partition=partition,
            offset=offset,
            key=key.decode("utf-8", "replace") if key is not None else None,
            value=value.decode("utf-8", "replace"),
            value_b64=base64.b64encode(value).decode("ascii"),
            error_type=type(error).__name__,
            reason=str(error)[:4000] or type(error).__name__,
            failed_at=self._clock(),
        )
        self.publish(topic.dead_letters, letter)

    def flush(self, timeout_s: float | None = None) -> None:
        """Wait until every queued message is acknowledged (at most ``timeout_s``, default the
        producer's ``flush_timeout_s``); raise :class:`RetryableError` if not."""
        timeout_s = self.flush_timeout_s if timeout_s is None else timeout_s
        left = self._producer.flush(timeout_s)
        if left:
            self._drop_queued()
            raise RetryableError(f"publishing failed: {left} messages not acknowledged within {timeout_s:g}s")
        failures, self._failures = self._failures, []
        if failures:
            more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
            raise RetryableError(f"publishing failed: {failures[0]}{more}")

    def _drop_queued(self) -> None:
        """Forget what is still queued or in flight (its publisher retries it); messages already
        on the wire may still arrive, which consumers take as a redelivery."""
        self._producer.purge(in_queue=True, in_flight=True, blocking=False)
        self._producer.poll(0)
        self._failures = []

    def close(self, timeout_s: float = 10.0) -> None:
        if self._producer.flush(timeout_s):
            self._drop_queued()

    def __enter__(self) -> BusProducer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
