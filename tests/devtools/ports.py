"""Free TCP ports for servers a test starts (brokers, PostgreSQL clusters, HTTP and SMTP servers).

A port the kernel hands out for ``bind(0)`` lies in its ephemeral range, the same range every
outgoing connection (to the session's broker, to PostgreSQL) takes its local port from: between
choosing such a port and the server binding it, a client connection may take it, and the server
fails with "Address already in use". Ports are therefore chosen below that range, and each is
checked the way a server binds it (:func:`yuqing.ports.port_taken`), not only by whether something
listens there.
"""

from __future__ import annotations

import os
from pathlib import Path

from yuqing.ports import port_taken

_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST = 20000
_cursor: int | None = None


def _ephemeral_range() -> tuple[int, int]:
    try:
        low, high = (int(part) for part in _RANGE_FILE.read_text(encoding="ascii").split())
    except (OSError, ValueError):
        return 32768, 60999
    return low, high


def free_ports(count: int = 1) -> int:
    """The first of ``count`` consecutive free ports outside the ephemeral range."""
    low, high = _ephemeral_range()
    if low - count > _LOWEST:
        first, last = _LOWEST, low - count
    else:
        first, last = high + 1, 65535 - count
    # Each process walks the range from its own place (parallel test workers and benchmarks pick
    # apart), in steps of ``count`` plus a prime so consecutive picks do not overlap.
    span = last - first + 1
    global _cursor
    if _cursor is None:
        _cursor = os.getpid() * 7919 % span
    for _ in range(500):
        _cursor = (_cursor + count + 101) % span
        base = first + _cursor
        if not any(port_taken(port) for port in range(base, base + count)):
            return base
    raise RuntimeError(f"no {count} consecutive free ports between {first} and {last}")


def free_port() -> int:
    """One free port."""
    return free_ports(1)


def free_port_pair() -> int:
    """A free port whose successor is free too (a managed broker's client and controller ports)."""
    return free_ports(2)
