"""Fetch, format, start, stop and inspect a single-node KRaft Kafka broker on loopback.

The jars come from Maven Central once (``pom.xml`` beside this module, resolved with Maven into
``<cache_dir>/kafka/<version>/lib``); the broker's data and log live in ``<data_dir>/kafka``.
A started broker is a detached process recorded in a pid file, so ``yuqing kafka stop`` and
``status`` work from any shell.
"""

from __future__ import annotations

import base64
import os
import re
import secrets
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import AdminClient, ClusterMetadata, NewTopic

from models.topics import topic_names
from yuqing.bus.options import librdkafka_config
from yuqing.bus.reach import require_listener
from yuqing.errors import BrokerError, MissingToolError, RetryableError
from yuqing.ports import listening, port_taken

POM = Path(__file__).resolve().parent / "pom.xml"
READY_LINE = "Kafka Server started"
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-XX:MaxInlineLevel=15",
    "-Djava.awt.headless=true",
]


def kafka_version() -> str:
    match = re.search(r"<kafka.version>([^<]+)</kafka.version>", POM.read_text(encoding="utf-8"))
    assert match, "pom.xml names the Kafka version"
    return match.group(1)


@dataclass(frozen=True)
class BrokerStatus:
    running: bool
    pid: int | None
    bootstrap: str
    data_dir: Path
    log_file: Path
    topics: tuple[str, ...] = ()


class KafkaRuntime:
    """One managed broker: ``port`` for clients, ``port + 1`` for its KRaft controller."""

    def __init__(self, *, data_dir: Path, cache_dir: Path, port: int = 19092, heap: str = "512m") -> None:
        self.home = data_dir / "kafka"
        self.lib = cache_dir / "kafka" / kafka_version() / "lib"
        self.port = port
        self.controller_port = port + 1
        self.heap = heap
        self.pid_file = self.home / "broker.pid"
        self.log_file = self.home / "broker.log"
        self.log_dirs = self.home / "data"
        self._proc: subprocess.Popen[bytes] | None = None
        """The broker process when this object started it (kept so that it is reaped, not leaked)."""

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    # -- jars -----------------------------------------------------------------------------------

    def ensure_jars(self, echo: bool = False) -> Path:
        """Resolve the broker's classpath from Maven Central once; return the folder of jars."""
        if (self.lib / ".complete").exists():
            return self.lib
        java, mvn = shutil.which("java"), shutil.which("mvn")
        if not java or not mvn:
            missing = " and ".join(n for n, p in (("Java 17+", java), ("Maven", mvn)) if not p)
            raise MissingToolError(
                f"{missing} not found. Install them (Debian: apt-get install openjdk-17-jre-headless maven) "
                "or point YUQING_KAFKA_BOOTSTRAP at an existing Kafka cluster."
            )
        staging = self.lib.with_name("lib.partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.parent.mkdir(parents=True, exist_ok=True)
        cmd = [
            mvn, "-B", "-q", "-f", str(POM), "dependency:copy-dependencies",
            "-DincludeScope=runtime", f"-DoutputDirectory={staging}",
        ]  # fmt: skip
        if echo:
            print(f"Fetching Kafka {kafka_version()} jars from Maven Central into {self.lib} ...", flush=True)
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode != 0 or not any(staging.glob("kafka_2.13-*.jar")):
            raise BrokerError(f"Maven could not fetch the Kafka jars:\n{(result.stdout + result.stderr)[-3000:]}")
        shutil.rmtree(self.lib, ignore_errors=True)
        staging.rename(self.lib)
        (self.lib / ".complete").write_text(kafka_version(), encoding="utf-8")
        return self.lib

    # -- configuration --------------------------------------------------------------------------

    def _write_config(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        props = self.home / "server.properties"
        props.write_text(
            "\n".join(
                [
                    "process.roles=broker,controller",
                    "node.id=1",
                    f"controller.quorum.voters=1@127.0.0.1:{self.controller_port}",
                    f"listeners=PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
                    f"advertised.listeners=PLAINTEXT://127.0.0.1:{self.port}",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    f"log.dirs={self.log_dirs}",
                    "num.partitions=4",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=8",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=false",
                    "log.retention.hours=168",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        (self.home / "log4j2.properties").write_text(
            "\n".join(
                [
                    "status = warn",
                    "appender.out.type = Console",
                    "appender.out.name = STDOUT",
                    "appender.out.layout.type = PatternLayout",
                    "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                    "rootLogger.level = WARN",
                    "rootLogger.appenderRef.out.ref = STDOUT",
                    "logger.raft.name = kafka.server.KafkaRaftServer",
                    "logger.raft.level = INFO",
                    "logger.kafka.name = kafka.Kafka",
                    "logger.kafka.level = INFO",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        return props

    def _java(self, main: str, *args: str) -> list[str]:
        java = shutil.which("java")
        if not java:
            raise MissingToolError(
                "Java 17+ not found. Install it (Debian: apt-get install openjdk-17-jre-headless) "
                "or point YUQING_KAFKA_BOOTSTRAP at an existing Kafka cluster."
            )
        return [
            java, f"-Xms{self.heap}", f"-Xmx{self.heap}", *JVM_FLAGS,
            f"-Dlog4j2.configurationFile={self.home / 'log4j2.properties'}",
            "-cp", f"{self.lib}/*", main, *args,
        ]  # fmt: skip

    def _format(self, props: Path) -> None:
        if (self.log_dirs / "meta.properties").exists():
            return
        cluster_id = base64.urlsafe_b64encode(secrets.token_bytes(16)).decode().rstrip("=")
        if cluster_id.startswith("-"):
            cluster_id = "A" + cluster_id[1:]
        result = subprocess.run(  # noqa: S603
            self._java("kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(props)),
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode != 0:
            raise BrokerError(f"formatting Kafka storage failed:\n{(result.stdout + result.stderr)[-3000:]}")

    # -- process --------------------------------------------------------------------------------

    def pid(self) -> int | None:
        """The broker's pid if it is running, else ``None`` (a stale pid file is removed)."""
        try:
            pid = int(self.pid_file.read_text(encoding="utf-8").strip())
        except (FileNotFoundError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            self.pid_file.unlink(missing_ok=True)
            return None
        except PermissionError:
            return pid
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
            if ") Z " in stat:  # a zombie is not a running broker
                self.pid_file.unlink(missing_ok=True)
                return None
        except OSError:
            pass
        return pid

    def start(self, *, timeout_s: float = 90.0, echo: bool = False) -> BrokerStatus:
        """Start the broker (fetching and formatting first when needed) and wait until it serves.

        Idempotent: a broker already running from this data dir is left as it is. Topics are
        created afterwards by :func:`ensure_topics`.
        """
        if self.pid() is not None:
            self._wait_ready(timeout_s)
            return self.status()
        if port_taken(self.port) or port_taken(self.controller_port):
            raise BrokerError(
                f"port {self.port} or {self.controller_port} is already in use by another program; "
                "set YUQING_KAFKA_PORT to a free port"
            )
        self.ensure_jars(echo=echo)
        props = self._write_config()
        self._format(props)
        log = self.log_file.open("ab")
        start_offset = self.log_file.stat().st_size
        proc = subprocess.Popen(  # noqa: S603
            self._java("kafka.Kafka", str(props)),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        log.close()
        self._proc = proc
        self.pid_file.write_text(str(proc.pid), encoding="utf-8")
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise BrokerError(f"Kafka exited with code {proc.returncode}; see {self.log_file}:\n{self._tail()}")
            if READY_LINE in self._log_since(start_offset):
                self._wait_ready(max(5.0, deadline - time.monotonic()))
                return self.status()
            time.sleep(0.2)
        raise BrokerError(f"Kafka did not become ready in {timeout_s:.0f}s; see {self.log_file}:\n{self._tail()}")

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Stop the broker with SIGTERM (SIGKILL after ``timeout_s``). Return whether one was running."""
        pid = self.pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self.pid() is not None:
            _reap(pid)
            time.sleep(0.2)
        if self.pid() is not None:
            os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
            _reap(pid)
        self.pid_file.unlink(missing_ok=True)
        if self._proc is not None and self._proc.pid == pid:
            self._proc.wait(timeout=5)  # already reaped above: sets its return code, no ResourceWarning
            self._proc = None
        return True

    def status(self) -> BrokerStatus:
        pid = self.pid()
        topics: tuple[str, ...] = ()
        if pid is not None:
            try:
                listed = _admin(self.bootstrap).list_topics(timeout=5)
                topics = tuple(sorted(t for t in listed.topics if not t.startswith("__")))
            except KafkaException:
                topics = ()
        return BrokerStatus(pid is not None, pid, self.bootstrap, self.home, self.log_file, topics)

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if listening(self.port):
                return
            time.sleep(0.2)
        raise BrokerError(f"Kafka is not accepting connections on {self.bootstrap}")

    def _log_since(self, offset: int) -> str:
        try:
            with self.log_file.open("rb") as fh:
                fh.seek(offset)
                return fh.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def _tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"


def _admin(bootstrap: str) -> AdminClient:
    return AdminClient(librdkafka_config(bootstrap, "yuqing-admin", {}))


def ensure_topics(bootstrap: str, prefix: str = "", timeout_s: float = 30.0) -> list[str]:
    """Create every topic the system uses (with its partitions and dead-letter topic) if missing.

    Returns the names created. Safe to call any number of times.
    """
    deadline = time.monotonic() + timeout_s
    names = dict(topic_names(prefix))
    last: Exception | str | None = None
    while time.monotonic() < deadline:
        try:
            require_listener(bootstrap)
            admin = _admin(bootstrap)
            existing = admin.list_topics(timeout=10).topics
            wanted = [NewTopic(name, num_partitions=parts, replication_factor=1) for name, parts in names.items()
                      if name not in existing]  # fmt: skip
            if wanted:
                for future in admin.create_topics(wanted, request_timeout=15).values():
                    _created(future)
            # A created topic is usable only once every partition has a leader in the metadata;
            # a client that looks earlier sees no partitions and waits for its next refresh.
            while time.monotonic() < deadline:
                last = _not_ready(admin.list_topics(timeout=10), names)
                if last is None:
                    return [t.topic for t in wanted]
                time.sleep(0.2)
        except (KafkaException, RetryableError) as exc:
            last = exc
            time.sleep(0.5)
    raise BrokerError(f"could not create topics on {bootstrap}: {last}")


def wait_for_group_coordinator(bootstrap: str, timeout_s: float = 30.0) -> bool:
    """Wait until the broker's group coordinator answers (a fresh broker creates its offsets topic
    on first use), so the stages join their consumer groups at once instead of retrying noisily."""
    deadline = time.monotonic() + timeout_s
    admin = _admin(bootstrap)
    while time.monotonic() < deadline:
        try:  # a group nobody uses: described (as dead) once a coordinator answers for it
            admin.describe_consumer_groups(["yuqing-readiness-probe"], request_timeout=5)[
                "yuqing-readiness-probe"
            ].result(timeout=6)
            return True
        except KafkaException:
            time.sleep(0.3)
    return False


def _created(future: Any) -> None:
    """Wait for one topic's creation; a topic created meanwhile by another process is fine."""
    try:
        future.result(timeout=20)
    except KafkaException as exc:
        if exc.args[0].code() != KafkaError.TOPIC_ALREADY_EXISTS:
            raise


def _not_ready(metadata: ClusterMetadata, names: dict[str, int]) -> str | None:
    """What still keeps ``names`` from use (a topic missing or a partition without a leader), if anything."""
    for name, parts in names.items():
        topic = metadata.topics.get(name)
        if topic is None or topic.error is not None or len(topic.partitions) < parts:
            return f"topic {name} is not ready yet"
        if any(p.leader < 0 for p in topic.partitions.values()):
            return f"topic {name} has a partition without a leader"
    return None


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
