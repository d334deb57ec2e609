"""A typed producer: publishes models to their topics (idempotent, ``acks=all``)."""

from __future__ import annotations

import base64
from typing import Any, TypeVar

from kafka import KafkaProducer
from kafka.errors import KafkaError

from models.messages import DeadLetter, Message
from models.timeutil import Clock, utcnow
from models.topics import Topic
from yuqing.bus.reach import require_listener
from yuqing.errors import RetryableError

M = TypeVar("M", bound=Message)


class BusProducer:
    """Publishes :class:`models.messages.Message` values to :class:`models.topics.Topic` topics.

    ``flush`` blocks until every published message is acknowledged by the broker, and raises
    :class:`RetryableError` if any was not: callers flush before committing their input offsets.
    """

    def __init__(
        self,
        bootstrap_servers: str,
        topic_prefix: str = "",
        *,
        client_id: str = "yuqing",
        clock: Clock = utcnow,
        flush_timeout_s: float = 60.0,
        **config: Any,
    ) -> None:
        self.prefix = topic_prefix
        self.flush_timeout_s = flush_timeout_s
        self._clock = clock
        self._pending: list[Any] = []
        settings: dict[str, Any] = {
            "bootstrap_servers": bootstrap_servers.split(","),
            "client_id": client_id,
            "acks": "all",
            "linger_ms": 5,
            "batch_size": 256 * 1024,
            "max_request_size": 4 * 1024 * 1024,
            "compression_type": None,
            "retries": 2**31 - 1,
            "delivery_timeout_ms": 120_000,
            "metadata_max_age_ms": 10_000,
        }
        settings.update(config)
        require_listener(bootstrap_servers)
        try:
            self._producer = KafkaProducer(**settings)
        except KafkaError as exc:
            raise RetryableError(f"cannot connect to Kafka at {bootstrap_servers}: {exc}") from exc

    def publish(self, topic: Topic[M], message: M) -> None:
        """Queue ``message`` for ``topic`` (asynchronous; see :meth:`flush`)."""
        key, value = topic.encode(message)
        self.send_raw(topic.full_name(self.prefix), key, value)

    def send_raw(self, full_topic: str, key: bytes | None, value: bytes) -> None:
        """Queue raw bytes (tests use this to publish deliberately broken messages)."""
        try:
            self._pending.append(self._producer.send(full_topic, key=key, value=value))
        except KafkaError as exc:
            raise RetryableError(f"cannot publish to {full_topic}: {exc}") from exc

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
        pending, self._pending = self._pending, []
        try:
            self._producer.flush(timeout=timeout_s)
            for future in pending:
                future.get(timeout=timeout_s)
        except KafkaError as exc:
            raise RetryableError(f"publishing failed: {exc}") from exc

    def close(self, timeout_s: float = 10.0) -> None:
        self._producer.close(timeout=timeout_s)

    def __enter__(self) -> BusProducer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
