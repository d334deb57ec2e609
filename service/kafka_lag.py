"""Consumer lag of the pipeline's consumer groups, read from Kafka for the metrics endpoint.

Lag per (group, topic) = sum over partitions of (end offset - committed offset). Only topics with
the configured prefix are counted. Results are cached for ``ttl_s`` seconds and a broker that does
not answer is not asked again for ``retry_s`` seconds, so a scrape never waits long.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

log = logging.getLogger(__name__)


class LagProbe:
    def __init__(self, bootstrap: str, prefix: str, *, ttl_s: float = 15.0, retry_s: float = 60.0) -> None:
        self.bootstrap = bootstrap
        self.prefix = prefix
        self.ttl_s = ttl_s
        self.retry_s = retry_s
        self._lock = threading.Lock()
        self._at = 0.0
        self._value: dict[tuple[str, str], int] | None = None

    def lag(self) -> dict[tuple[str, str], int] | None:
        """``{(group, topic): lag}``, or None when Kafka could not be read."""
        with self._lock:
            wait = self.ttl_s if self._value is not None else self.retry_s
            if self._at and time.monotonic() - self._at < wait:
                return self._value
            try:
                self._value = self._read()
            except Exception as exc:  # any client failure just means "no lag figure this time"
                log.warning("consumer lag unavailable: %s", exc)
                self._value = None
            self._at = time.monotonic()
            return self._value

    def _read(self) -> dict[tuple[str, str], int]:
        from kafka import KafkaAdminClient, KafkaConsumer

        common: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap.split(","),
            "request_timeout_ms": 3000,
        }
        admin = KafkaAdminClient(client_id="yuqing-metrics", **common)
        consumer = KafkaConsumer(client_id="yuqing-metrics", enable_auto_commit=False, **common)
        try:
            out: dict[tuple[str, str], int] = {}
            for group in admin.list_groups():
                group_id = _group_id(group)
                offsets = admin.list_group_offsets({group_id: None}).get(group_id, {})
                committed = {
                    tp: meta.offset
                    for tp, meta in offsets.items()
                    if tp.topic.startswith(self.prefix) and meta.offset >= 0
                }
                if not committed:
                    continue
                ends = consumer.end_offsets(list(committed))
                for tp, offset in committed.items():
                    key = (str(group_id), tp.topic)
                    out[key] = out.get(key, 0) + max(0, ends.get(tp, offset) - offset)
            return out
        finally:
            consumer.close()
            admin.close()


def _group_id(group: Any) -> str:
    """The id from a ``list_groups`` entry (a dict, a tuple or a named tuple, by client version)."""
    if isinstance(group, dict):
        return str(group.get("group_id") or group.get("group") or next(iter(group.values())))
    if isinstance(group, tuple):
        return str(group[0])
    return str(getattr(group, "group_id", group))
