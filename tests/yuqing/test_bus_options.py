"""Kafka client options and librdkafka's log lines."""

from __future__ import annotations

import logging

import pytest

from yuqing.bus.options import LIBRDKAFKA_LOGGER, librdkafka_config, librdkafka_logger


def test_python_style_names_become_librdkafka_properties() -> None:
    config = librdkafka_config(
        "127.0.0.1:9092", "yuqing-test", {"session_timeout_ms": 6000, "fetch_max_wait_ms": 50, "fetch.min.bytes": 1}
    )
    assert config["bootstrap.servers"] == "127.0.0.1:9092" and config["client.id"] == "yuqing-test"
    assert (config["session.timeout.ms"], config["fetch.wait.max.ms"], config["fetch.min.bytes"]) == (6000, 50, 1)


def test_a_fresh_brokers_retried_start_up_notice_is_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    logger = librdkafka_logger()
    logger.setLevel(logging.WARNING)
    with caplog.at_level(logging.WARNING, logger=LIBRDKAFKA_LOGGER):
        logger.warning(
            "GETPID [collector#producer-1] [thrd:main]: Failed to acquire idempotence PID from broker "
            "127.0.0.1:29192/1: Broker: Coordinator load in progress: retrying"
        )
        logger.warning("FAIL [yuqing-classify#consumer-2]: Connect to ipv4#127.0.0.1:9092 failed: Connection refused")
    assert [r.getMessage()[:4] for r in caplog.records] == ["FAIL"]
    assert librdkafka_logger().filters == logger.filters and len(logger.filters) == 1
