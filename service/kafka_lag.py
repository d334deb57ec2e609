"""Consumer lag of the pipeline's consumer groups, read from Kafka for the metrics endpoint.

Lag per (group, topic) = sum over partitions of (end offset - committed offset). Only topics with
the configured prefix are counted. Results are cached for ``ttl_s`` seconds and a broker that does
not answer is not asked again for ``retry_s`` seconds, so a scrape never waits long.
"""

from __future__ import annotations

import logging
import threading
import time

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
        from yuqing.lag import LagReader

        with LagReader(self.bootstrap, request_timeout_ms=3000) as reader:
            return reader.all_lags(self.prefix)
