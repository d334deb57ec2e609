"""No broker listening: every Kafka client of the product fails at once with a clear error and
leaves no socket behind (kafka-python leaks the sockets of a failed bootstrap; a service retrying
an absent broker all day must not)."""

from __future__ import annotations

import gc
import socket
import warnings
from collections.abc import Callable
from typing import Any

import pytest

from service.errors import PartUnavailable
from service.feed import KafkaFeedReader
from tests.devtools.ports import free_port
from yuqing.bus import BusProducer
from yuqing.bus.reach import require_listener, servers
from yuqing.errors import RetryableError
from yuqing.lag import LagReader


def nobody() -> str:
    return f"127.0.0.1:{free_port()}"


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda at: KafkaFeedReader(at, "alerts", after=None, since=None), PartUnavailable),
        (lambda at: BusProducer(at), RetryableError),
        (lambda at: LagReader(at), RetryableError),
    ],
    ids=["desk-feed", "producer", "lag"],
)
def test_an_absent_broker_is_a_clear_error_and_leaks_nothing(build: Callable[[str], Any], error: type) -> None:
    at = nobody()
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ResourceWarning)
        with pytest.raises(error, match=at.replace(".", r"\.")):
            build(at)
        gc.collect()
    assert not [w for w in seen if issubclass(w.category, ResourceWarning)]


def test_a_listening_server_passes_and_the_list_is_read_like_kafka_reads_it() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        require_listener(f"{nobody()}, 127.0.0.1:{port}")  # the second answers
    assert servers("a:1,[::1]:9092, b:x") == [("a", 1), ("::1", 9092)]
    with pytest.raises(RetryableError, match="none configured"):
        require_listener("")
