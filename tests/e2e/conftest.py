"""Fixtures for whole-pipeline tests: real worker processes (``yuqing classify``, ``yuqing alert``)
against a real broker and a PostgreSQL cluster of the test's own, so a test may kill workers,
restart the broker and restart the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from models.messages import RawItem
from models.topics import ITEMS_RAW
from tests.devtools.pgcluster import PgCluster, fresh_database
from yuqing.broker import ensure_topics
from yuqing.bus import BusProducer
from yuqing.db.migrate import upgrade


@pytest.fixture(scope="module")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        cluster = PgCluster()
    except RuntimeError as exc:
        pytest.skip(f"cannot run a PostgreSQL cluster here: {exc}")
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.destroy()


class Pipeline:
    """Worker processes of one test, sharing topics (``prefix``) and a database (``db_url``)."""

    def __init__(self, bootstrap: str, prefix: str, db_url: str, workdir: Path) -> None:
        self.bootstrap = bootstrap
        self.prefix = prefix
        self.db_url = db_url
        self.workdir = workdir
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.engine: Engine = create_engine(db_url, pool_pre_ping=True)
        self.published: list[str] = []

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            YUQING_KAFKA_BOOTSTRAP=self.bootstrap,
            YUQING_KAFKA_TOPIC_PREFIX=self.prefix,
            YUQING_DATABASE_URL=self.db_url,
            YUQING_DATA_DIR=str(self.workdir / "data"),
            YUQING_LOG_LEVEL="INFO",
        )
        return env

    def start(self, name: str, command: str) -> subprocess.Popen[bytes]:
        """Start ``yuqing <command>`` as ``name`` (also its PostgreSQL ``application_name``)."""
        with (self.workdir / f"{name}.log").open("ab") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "cli.main", command],
                env={**self.env(), "PGAPPNAME": name},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.procs[name] = proc
        return proc

    def kill9(self, name: str) -> None:
        proc = self.procs.pop(name)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)

    def in_transaction(self, name: str) -> bool:
        """Whether worker ``name`` has a database transaction open right now (it is mid-batch)."""
        with self.engine.connect() as conn:
            found = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
                    "AND xact_start IS NOT NULL AND state <> 'idle'"
                ),
                {"name": name},
            ).scalar_one()
        return bool(found)

    def kill9_mid_batch(self, name: str, timeout_s: float = 60.0) -> None:
        """SIGKILL worker ``name`` while it holds an open transaction (a batch half stored)."""
        deadline = time.monotonic() + timeout_s
        while not self.in_transaction(name):
            assert time.monotonic() < deadline, f"{name} never was mid-batch"
            self.assert_alive()
            time.sleep(0.005)
        self.kill9(name)

    def publish(self, items: Sequence[RawItem]) -> None:
        with BusProducer(self.bootstrap, self.prefix, client_id="fault-test") as producer:
            for item in items:
                producer.publish(ITEMS_RAW, item)
            producer.flush()
        self.published.extend(i.id for i in items)

    def stored(self) -> int:
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(text("SELECT count(*) FROM items")).scalar_one())
        except Exception:  # the database may be restarting; "not known yet" is 0 here
            return 0

    def wait_stored(self, n: int, timeout_s: float = 90.0) -> int:
        deadline = time.monotonic() + timeout_s
        count = self.stored()
        while count < n and time.monotonic() < deadline:
            self.assert_alive()
            time.sleep(0.3)
            count = self.stored()
        return count

    def assert_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                log = (self.workdir / f"{name}.log").read_text(errors="replace")[-3000:]
                raise AssertionError(f"worker {name} exited with {proc.returncode}:\n{log}")

    def logs(self, broker_log: Path | None = None) -> str:
        """The end of each worker's log (and of the broker's, when given), without the clients'
        repeated "Connection refused" lines while a broker is away, which would hide the rest."""
        parts = []
        for path in [*sorted(self.workdir.glob("*.log")), *([broker_log] if broker_log else [])]:
            lines = path.read_text(errors="replace").splitlines() if path.exists() else ["(no log)"]
            kept = [line for line in lines if "Connection refused" not in line]
            refused = len(lines) - len(kept)
            left_out = f"({refused} 'Connection refused' lines left out)\n" if refused else ""
            parts.append(f"--- {path.name}\n{left_out}" + "\n".join(kept)[-2000:])
        return "\n".join(parts)

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.procs.clear()
        self.engine.dispose()


@pytest.fixture
def make_pipeline(pg_cluster: PgCluster, tmp_path: Path) -> Iterator[Callable[[str], Pipeline]]:
    """``make_pipeline(bootstrap)``: fresh topics and a fresh migrated database for one test."""
    made: list[Pipeline] = []

    def make(bootstrap: str) -> Pipeline:
        prefix = f"f{uuid.uuid4().hex[:8]}."
        ensure_topics(bootstrap, prefix)
        db_url = fresh_database(pg_cluster.url, f"fault_{uuid.uuid4().hex[:10]}")
        upgrade(db_url)
        pipeline = Pipeline(bootstrap, prefix, db_url, tmp_path)
        made.append(pipeline)
        return pipeline

    yield make
    for pipeline in made:
        pipeline.stop()
