"""Is a local TCP port free for a server? Probed before a stage or the managed broker binds it, so
a taken port is a clear error at start rather than a server failing later with "Address already
in use"."""

from __future__ import annotations

import errno
import socket

_ANY_V4 = ("0.0.0.0", "")  # noqa: S104 - the wildcard address's names, compared, never bound here


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def listening(port: int, host: str = "127.0.0.1", timeout_s: float = 0.5) -> bool:
    """Whether a server accepts connections on ``host:port`` (a wildcard host is probed on loopback)."""
    target = "127.0.0.1" if host in _ANY_V4 else "::1" if host == "::" else host
    try:
        with socket.socket(_family(target), socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout_s)
            return sock.connect_ex((target, port)) == 0
    except OSError:  # a name that does not resolve: nothing of ours can listen there
        return False


def port_taken(port: int, host: str = "127.0.0.1") -> bool:
    """Whether a server could not bind ``host:port`` because the port is in use: something listens
    there, or a socket holds it without listening (an outgoing connection's local port, say).
    Probed as servers bind, with ``SO_REUSEADDR``, so connections of an earlier run still in
    TIME_WAIT do not count. Other bind errors (no such local address, a privileged port) are left
    for the server itself to report."""
    if listening(port, host):
        return True
    try:
        with socket.socket(_family(host), socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("" if host in _ANY_V4 else host, port))
    except OSError as exc:
        return exc.errno == errno.EADDRINUSE
    return False
