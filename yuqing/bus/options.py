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


def librdkafka_config(bootstrap_servers: str, client_id: str, options: dict[str, Any]) -> dict[str, Any]:
    """The librdkafka configuration for ``options`` (snake_case or dotted names)."""
    config: dict[str, Any] = {
        "bootstrap.servers": bootstrap_servers,
        "client.id": client_id,
        "logger": logging.getLogger(LIBRDKAFKA_LOGGER),
        "log.connection.close": False,  # brokers close idle connections: routine, not news
    }
    for name, value in options.items():
        key = name if "." in name else _RENAMED.get(name, name.replace("_", "."))
        config[key] = value
    return config
