"""The managed broker refuses to start, with a clear message, on a port another socket holds."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.devtools.ports import free_port_pair
from yuqing.broker import KafkaRuntime
from yuqing.errors import BrokerError


@pytest.mark.parametrize("held", ["client", "controller"])
def test_a_port_held_by_a_socket_that_does_not_listen_is_reported_before_java_starts(tmp_path: Path, held: str) -> None:
    port = free_port_pair()
    runtime = KafkaRuntime(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", port=port)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        # bound, not listening: how an outgoing connection's local port looks to a new server
        holder.bind(("127.0.0.1", port if held == "client" else port + 1))
        with pytest.raises(BrokerError, match="already in use"):
            runtime.start(timeout_s=5)
    assert not (tmp_path / "cache").exists(), "nothing is fetched or started for a broker that cannot bind"
