"""A port is reported taken when a server could not bind it, and only then."""

from __future__ import annotations

import socket

from tests.devtools.ports import free_port
from yuqing.ports import listening, port_taken


def test_a_listening_port_is_taken() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert listening(port) and port_taken(port) and port_taken(port, "0.0.0.0")


def test_a_port_bound_without_listening_is_taken_though_nothing_answers() -> None:
    port = free_port()
    with socket.socket() as holder:  # how an outgoing connection's local port looks to a new server
        holder.bind(("127.0.0.1", port))
        assert not listening(port)
        assert port_taken(port)
    assert not port_taken(port)


def test_what_is_not_a_port_in_use_is_left_to_the_server() -> None:
    port = free_port()
    assert not port_taken(port, "localhost")
    assert not port_taken(port, "192.0.2.1")  # not an address of this machine: the server says so itself
    assert not port_taken(port, "no-such-host.invalid")
