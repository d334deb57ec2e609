"""Shared fixtures: the real Kafka broker (one per test session), fresh topics per test, migrated
databases (SQLite always, PostgreSQL when ``YUQING_TEST_POSTGRES_URL`` is set, as the README's test
command does), settings pointing at them, and factories for messages.
"""

from __future__ import annotations

import gc
import os
import re
import uuid
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from models.enums import SourceTier, SourceType
from models.messages import Classification, ClassifiedItem, RawItem, item_id_for
from tests.devtools.ports import free_port_pair
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.db.migrate import upgrade
from yuqing.settings import Settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``long`` first (stable otherwise): with files spread over parallel workers, the
    longest files start at once instead of leaving one worker running them at the end."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


# -- Kafka ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real broker: ``YUQING_TEST_KAFKA_BOOTSTRAP`` if given, else one started for this session."""
    external = os.environ.get("YUQING_TEST_KAFKA_BOOTSTRAP")
    if external:
        yield external
        return
    from yuqing.broker import KafkaRuntime

    port = free_port_pair()
    runtime = KafkaRuntime(
        data_dir=tmp_path_factory.mktemp("kafka"),
        cache_dir=Path(os.environ.get("YUQING_CACHE_DIR", Path.home() / ".cache" / "yuqing")),
        port=port,
    )
    runtime.start()
    try:
        yield runtime.bootstrap
    finally:
        runtime.stop()


@pytest.fixture(autouse=True)
def _broker_sockets_of_the_test_reader(request: pytest.FixtureRequest) -> Iterator[None]:
    """In a test that uses the session's broker, ignore the ResourceWarning of sockets connected to
    that broker's port, and collect them before the test ends. kafka-python (the tests' independent
    reader; the product's client is librdkafka, which opens no Python sockets) now and then leaves
    such a socket to the garbage collector, which would otherwise run in whichever later test it
    likes, failing a test that never opened it. Anything else left open still fails its test."""
    if "kafka_bootstrap" not in request.fixturenames:
        yield
        return
    bootstrap = request.getfixturevalue("kafka_bootstrap")
    ports = "|".join(re.escape(a.rsplit(":", 1)[-1]) for a in bootstrap.split(","))
    pattern = rf"unclosed <socket\.socket .*raddr=\('[^']*', ({ports})\)>"
    # pytest runs each test (setup, call, teardown) in its own catch_warnings: the filter ends with it
    warnings.filterwarnings("ignore", message=pattern, category=ResourceWarning)
    yield
    gc.collect()  # teardown, under the filter: collected here, not in a later test


@pytest.fixture(scope="session")
def kafka_runtime_factory(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Any]:
    """Make a separate broker a test may stop and restart (fault tests)."""
    from yuqing.broker import KafkaRuntime

    def make() -> KafkaRuntime:
        port = free_port_pair()
        return KafkaRuntime(
            data_dir=tmp_path_factory.mktemp("kafka-own"),
            cache_dir=Path(os.environ.get("YUQING_CACHE_DIR", Path.home() / ".cache" / "yuqing")),
            port=port,
        )

    return make


@pytest.fixture
def topic_prefix(kafka_bootstrap: str) -> str:
    """A fresh set of topics (with dead-letter topics) for one test."""
    from yuqing.broker import ensure_topics

    prefix = f"t{uuid.uuid4().hex[:10]}."
    ensure_topics(kafka_bootstrap, prefix)
    return prefix


# -- databases -----------------------------------------------------------------------------------


def _postgres_database(base_url: str) -> Iterator[str]:
    name = f"yq_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'yuqing.db'}"
        return
    base = os.environ.get("YUQING_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("PostgreSQL not configured: set YUQING_TEST_POSTGRES_URL (the README's test command does)")
    yield from _postgres_database(base)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """An empty SQLite database URL (tests that are about a database itself use ``any_db_url``)."""
    return f"sqlite:///{tmp_path / 'yuqing.db'}"


@pytest.fixture
def migrated_db(db_url: str) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    upgrade(db_url)
    engine = make_engine(db_url)
    yield engine, make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def any_migrated_db(any_db_url: str) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    upgrade(any_db_url)
    engine = make_engine(any_db_url)
    yield engine, make_session_factory(engine)
    engine.dispose()


# -- settings and factories ----------------------------------------------------------------------


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings isolated in ``tmp_path`` (data dir, SQLite); keyword overrides win."""

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "data_dir": tmp_path / "data",
            "cache_dir": Path(os.environ.get("YUQING_CACHE_DIR", Path.home() / ".cache" / "yuqing")),
            "database_url": f"sqlite:///{tmp_path / 'yuqing.db'}",
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def make_raw_item() -> Callable[..., RawItem]:
    counter = iter(range(1_000_000))

    def make(**fields: Any) -> RawItem:
        n = next(counter)
        now = datetime.now(UTC)
        url = fields.pop("url", f"https://news.example.cn/a/{uuid.uuid4().hex[:8]}-{n}.html")
        values: dict[str, Any] = {
            "id": item_id_for(fields.get("source_id", "test-source"), url),
            "source_id": "test-source",
            "source_type": SourceType.RSS,
            "source_tier": SourceTier.MAINSTREAM,
            "url": url,
            "title": f"测试条目 {n}",
            "text": "某镇居民反映道路积水严重，希望有关部门尽快处理。",
            "published_at": now,
            "collected_at": now,
        }
        values.update(fields)
        return RawItem(**values)

    return make


@pytest.fixture
def make_classified_item(make_raw_item: Callable[..., RawItem]) -> Callable[..., ClassifiedItem]:
    def make(item: RawItem | None = None, **classification: Any) -> ClassifiedItem:
        values: dict[str, Any] = {
            "model_version": "test",
            "topic": "城乡建设",
            "topic_confidence": 0.9,
            "negative": True,
            "sentiment_score": 0.8,
        }
        values.update(classification)
        return ClassifiedItem(
            item=item or make_raw_item(),
            classification=Classification(**values),
            classified_at=datetime.now(UTC),
        )

    return make
