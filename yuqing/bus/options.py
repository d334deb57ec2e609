"""Client options: the product's snake_case names (``session_timeout_ms``) as librdkafka properties.

Stages and tests tune clients with keyword arguments in Python style; librdkafka takes dotted
property names. Names given already dotted (``"fetch.min.bytes"``) pass through unchanged.
"""

from __future__ import annotations

import logging
from typing import Any

_RENAMED = {
    "fetch_max_wait_ms": "fetch.wait.max.ms",
    "metadata_max_age_ms": "topic.metadata.refresh.interval.ms",
    "request_timeout_ms": "socket.timeout.ms",
    "delivery_timeout_ms": "message.timeout.ms",
    "max_request_size": "message.max.bytes",
}

LIBRDKAFKA_LOGGER = "kafka.librdkafka"
"""librdkafka's own log lines (connection failures, rebalances) go to this Python logger."""

_TRANSIENT = ("Coordinator load in progress", "Coordinator not available")
"""Notices of a broker that is still starting, which librdkafka retries by itself."""


class TransientNotices(logging.Filter):
    """Logs librdkafka's retried start-up notices (a fresh broker loading its coordinators) at
    INFO instead of WARNING: nothing is wrong and nothing is to be done. A failure that lasts shows
    as the stage's own error (a publish not acknowledged, a batch retried)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and any(t in record.getMessage() for t in _TRANSIENT):
            record.levelno, record.levelname = logging.INFO, "INFO"
            return logging.getLogger(record.name).isEnabledFor(logging.INFO)
        return True


def librdkafka_logger() -> logging.Logger:
    """The logger librdkafka writes to, with :class:`TransientNotices` attached once."""
    logger = logging.getLogger(LIBRDKAFKA_LOGGER)
    if not any(isinstance(f, TransientNotices) for f in logger.filters):
        logger.addFilter(TransientNotices())
    return logger


def librdkafka_config(bootstrap_servers: str, client_id: str, options: dict[str, Any]) -> dict[str, Any]:
    """The librdkafka configuration for ``options`` (snake_case or dotted names)."""
    config: dict[str, Any] = {
        "bootstrap.servers": bootstrap_servers,
        "client.id": client_id,
        "logger": librdkafka_logger(),
        "log.connection.close": False,  # brokers close idle connections: routine, not news
    }
    for name, value in options.items():
        key = name if "." in name else _RENAMED.get(name, name.replace("_", "."))
        config[key] = value
    return config
