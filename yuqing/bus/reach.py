"""Is any bootstrap server listening? A plain TCP probe made before a Kafka client is built.

librdkafka builds a client without any broker and retries in the background, so without a probe an
absent broker shows only as silence (or as a timeout long after). Probing first turns "no broker"
into a prompt, clean error and builds a client only when one answers.
"""

from __future__ import annotations

import socket

from yuqing.errors import RetryableError


def servers(bootstrap_servers: str) -> list[tuple[str, int]]:
    """``host:port`` pairs of a comma-separated bootstrap list (IPv6 as ``[::1]:9092``)."""
    out = []
    for entry in bootstrap_servers.split(","):
        host, _, port = entry.strip().rpartition(":")
        if host and port.isdigit():
            out.append((host.strip("[]"), int(port)))
    return out


def require_listener(bootstrap_servers: str, timeout_s: float = 3.0) -> None:
    """Return when a bootstrap server accepts a TCP connection; raise :class:`RetryableError`
    naming the servers otherwise (also for a list with no ``host:port`` in it)."""
    tried = servers(bootstrap_servers)
    for host, port in tried:
        try:
            with socket.create_connection((host, port), timeout=timeout_s):
                return
        except OSError:
            continue
    raise RetryableError(f"no Kafka broker is listening at {bootstrap_servers or '(none configured)'}")
