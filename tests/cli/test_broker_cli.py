"""``yuqing kafka start|status|stop|fetch`` as a person runs them."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from models.topics import topic_names
from tests.cli.cli_support import interrupt, port_open, start_run, wait_for, yuqing, yuqing_env
from tests.devtools.ports import free_port_pair


def test_missing_java_or_maven_says_what_to_install(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    env = yuqing_env(
        tmp_path / "data",
        YUQING_CACHE_DIR=str(tmp_path / "empty-cache"),
        YUQING_KAFKA_PORT=str(free_port_pair()),
    )
    env["PATH"] = str(bin_dir)
    assert shutil.which("java", path=env["PATH"]) is None
    result = yuqing("kafka", "start", env=env)
    assert result.returncode == 2
    assert "Java 17+ and Maven not found" in result.stderr
    assert "apt-get install openjdk-17-jre-headless maven" in result.stderr
    assert "YUQING_KAFKA_BOOTSTRAP" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.kafka
@pytest.mark.long
def test_managed_broker_lifecycle_through_run_and_the_kafka_commands(tmp_path: Path) -> None:
    port, demo_port = free_port_pair(), free_port_pair()
    env = yuqing_env(tmp_path / "data", YUQING_KAFKA_PORT=str(port), YUQING_DEMO_PORT=str(demo_port))

    # `yuqing run` with no external cluster starts the broker itself, and stops it on Ctrl-C.
    run = start_run(env, "--only", "demo-site")
    try:
        wait_for(f"http://127.0.0.1:{demo_port}/robots.txt", run)
        assert "items.raw" in yuqing("kafka", "status", env=env).stdout
    finally:
        code, out = interrupt(run)
    assert code == 0, out
    assert f"[run] Kafka started at 127.0.0.1:{port}" in out and "[run] stopping Kafka" in out
    assert not port_open(port)

    try:
        started = yuqing("kafka", "start", env=env)
        assert started.returncode == 0, started.stdout + started.stderr
        assert f"bootstrap 127.0.0.1:{port}" in started.stdout
        assert "data and log:" in started.stdout
        assert port_open(port)

        status = yuqing("kafka", "status", env=env)
        assert status.returncode == 0
        assert "Kafka running" in status.stdout
        for name, _ in topic_names():
            assert name in status.stdout

        again = yuqing("kafka", "start", env=env)  # idempotent
        assert again.returncode == 0 and "topics created: all present" in again.stdout

        run = start_run(env, "--only", "demo-site")
        try:
            wait_for(f"http://127.0.0.1:{demo_port}/robots.txt", run)
        finally:
            code, out = interrupt(run)
        assert code == 0, out
        assert f"[run] Kafka already running at 127.0.0.1:{port}" in out
        assert "stopping Kafka" not in out
        assert port_open(port)  # `yuqing run` stops only a broker it started itself
    finally:
        stopped = yuqing("kafka", "stop", env=env)
    assert stopped.returncode == 0 and "Kafka stopped" in stopped.stdout
    assert not port_open(port)
    down = yuqing("kafka", "status", env=env)
    assert down.returncode == 1 and "not running" in down.stdout
    assert "was not running" in yuqing("kafka", "stop", env=env).stdout


@pytest.mark.kafka
def test_start_with_an_external_cluster_only_creates_topics(kafka_bootstrap: str, tmp_path: Path) -> None:
    prefix = f"ext{os.getpid()}."
    env = yuqing_env(tmp_path / "data", YUQING_KAFKA_BOOTSTRAP=kafka_bootstrap, YUQING_KAFKA_TOPIC_PREFIX=prefix)
    result = yuqing("kafka", "start", env=env)
    assert result.returncode == 0, result.stderr
    assert f"external Kafka at {kafka_bootstrap}" in result.stdout
    assert f"{prefix}items.raw" in result.stdout
    assert not (tmp_path / "data" / "kafka").exists()  # no local broker was set up


def test_fetch_uses_the_cache(tmp_path: Path) -> None:
    env = yuqing_env(tmp_path / "data")
    result = yuqing("kafka", "fetch", env=env)
    assert result.returncode == 0, result.stderr
    lib = Path(result.stdout.strip().rsplit(" ", 1)[-1])
    assert (lib / ".complete").exists()
    assert list(lib.glob("kafka_2.13-*.jar"))
    assert not str(lib).startswith(str(Path(__file__).resolve().parents[2]))  # cached outside the repo
