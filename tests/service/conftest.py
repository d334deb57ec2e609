"""Fixtures of the service tests: a migrated SQLite database, units and users, the app, API and
web clients, and events/alerts seeded through the alerting stage's own handler (store, group,
evaluate rules, raise alerts), exactly as ``yuqing alert`` does with a classified item."""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from cli.compose import stage_ports
from models.db import Alert, Event, Item, Unit, User
from models.enums import Role
from models.messages import ClassifiedItem
from service.app import create_app
from service.auth.passwords import hash_password
from service.auth.sessions import COOKIE_NAME, open_session
from yuqing.db.engine import transaction
from yuqing.settings import EXAMPLE_JURISDICTION, Settings

with warnings.catch_warnings():
    # starlette.testclient warns at import that it prefers httpx2 (httpx is what is installed).
    warnings.filterwarnings("ignore", message=".*starlette.testclient.*httpx2")
    from starlette.testclient import TestClient

PASSWORD = "correct-horse-9"
UNITS = {"jiaoyu": "市教育局", "hushan": "虎山街道", "yingji": "市应急管理局"}


@pytest.fixture
def db(migrated_db: tuple[Engine, sessionmaker[Session]]) -> sessionmaker[Session]:
    """Session factory of a migrated SQLite database with three units."""
    _engine, factory = migrated_db
    with transaction(factory) as s:
        for uid, name in UNITS.items():
            s.add(Unit(id=uid, name=name, kind="department"))
    return factory


@pytest.fixture(scope="session")
def password_hash() -> str:
    """The Argon2 hash of :data:`PASSWORD`, computed once (hashing costs most of a second)."""
    return hash_password(PASSWORD)


@pytest.fixture
def make_user(db: sessionmaker[Session], password_hash: str) -> Callable[..., str]:
    """Add a user whose password is :data:`PASSWORD` (``create_user`` itself is tested separately)."""

    def make(username: str, role: Role, unit: str | None = None, display_name: str | None = None) -> str:
        with transaction(db) as s:
            s.add(
                User(
                    username=username,
                    password_hash=password_hash,
                    role=role.value,
                    unit_id=unit,
                    display_name=display_name,
                    active=True,
                    created_at=datetime.now(UTC),
                )
            )
        return username

    return make


def open_token(db: sessionmaker[Session], username: str) -> tuple[str, str]:
    """A session token and CSRF token for ``username``, opened by the service's own session code
    (the password check is exercised by the login tests; here it would only cost time)."""
    with transaction(db) as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        token, row = open_session(s, user, datetime.now(UTC))
        return token, row.csrf_token


@pytest.fixture
def users(make_user: Callable[..., str]) -> dict[str, str]:
    return {
        "desk": make_user("desk1", Role.DESK),
        "jiaoyu": make_user("jiaoyu1", Role.UNIT, "jiaoyu"),
        "hushan": make_user("hushan1", Role.UNIT, "hushan"),
        "leader": make_user("leader1", Role.LEADER),
        "admin": make_user("admin1", Role.ADMIN),
    }


@pytest.fixture
def settings(make_settings: Callable[..., Settings], db_url: str, db: sessionmaker[Session]) -> Settings:
    return make_settings(database_url=db_url, jurisdiction_dir=EXAMPLE_JURISDICTION)


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings, stage_ports(), sse_poll_seconds=0.1, kafka_lag_metrics=False)


@contextmanager
def live_server(app: FastAPI, **options: Any) -> Iterator[str]:
    """``app`` served by a real uvicorn on a free loopback port (real client addresses and
    headers; no proxy headers unless ``options`` say so); yields its base URL and stops it
    afterwards. ``options`` go to ``uvicorn.Config``."""
    import uvicorn

    from tests.devtools.ports import free_port

    port = free_port()
    settings: dict[str, Any] = {"log_level": "warning", "lifespan": "on", "proxy_headers": False, **options}
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, **settings))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture
def api_login(app: FastAPI, db: sessionmaker[Session]) -> Callable[[str], TestClient]:
    """A fresh client signed in with a bearer token (no cookies, so no CSRF needed)."""
    clients: list[TestClient] = []

    def login(username: str) -> TestClient:
        c = TestClient(app)
        token, _csrf = open_token(db, username)
        c.headers["Authorization"] = f"Bearer {token}"
        clients.append(c)
        return c

    yield login  # type: ignore[misc]
    for c in clients:
        c.close()


@pytest.fixture
def web_login(app: FastAPI, db: sessionmaker[Session]) -> Callable[[str], tuple[TestClient, str]]:
    """A fresh browser-like client with a session cookie; returns it and its CSRF token."""
    clients: list[TestClient] = []

    def login(username: str) -> tuple[TestClient, str]:
        c = TestClient(app, follow_redirects=False)
        token, csrf = open_token(db, username)
        c.cookies.set(COOKIE_NAME, token)
        clients.append(c)
        return c, csrf

    yield login  # type: ignore[misc]
    for c in clients:
        c.close()


@pytest.fixture
def alerting(db: sessionmaker[Session]) -> Any:
    """The alerting stage's handler for ``items.classified`` (no Kafka producer: DB only)."""
    from alerting.config import load_alerting_config
    from alerting.handler import ClassifiedItemHandler

    return ClassifiedItemHandler(db, load_alerting_config(EXAMPLE_JURISDICTION), producer=None)


@pytest.fixture
def live_settings(
    make_settings: Callable[..., Settings],
    db_url: str,
    db: sessionmaker[Session],
    kafka_bootstrap: str,
    topic_prefix: str,
) -> Settings:
    """Settings with a real broker and fresh topics: the desk's live stream reads ``alerts`` there.
    A test module that streams overrides ``settings`` and ``alerting`` with these."""
    return make_settings(
        database_url=db_url,
        jurisdiction_dir=EXAMPLE_JURISDICTION,
        kafka_bootstrap=kafka_bootstrap,
        kafka_topic_prefix=topic_prefix,
    )


@pytest.fixture
def live_alerting(db: sessionmaker[Session], live_settings: Settings) -> Iterator[Any]:
    """The alerting stage's handler publishing new alerts on the ``alerts`` topic of ``live_settings``."""
    from alerting.config import load_alerting_config
    from alerting.handler import ClassifiedItemHandler
    from yuqing.bus import BusProducer

    producer = BusProducer(live_settings.bootstrap_servers, live_settings.kafka_topic_prefix, client_id="test-alert")
    try:
        yield ClassifiedItemHandler(db, load_alerting_config(EXAMPLE_JURISDICTION), producer=producer)
    finally:
        producer.close()


@pytest.fixture
def server(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on a free port (for the browser and the live stream). Open live
    streams never end by themselves: on shutdown they get a second, then are closed."""
    with live_server(app, proxy_headers=True, timeout_graceful_shutdown=1) as url:
        yield url


@pytest.fixture
def seed(
    alerting: Any,
    db: sessionmaker[Session],
    make_raw_item: Callable[..., Any],
    make_classified_item: Callable[..., Any],
) -> Callable[..., tuple[Event, list[Alert]]]:
    """Run one classified item through the alerting stage; return its event and the alerts raised."""

    def run(
        title: str = "虎山街道某小区发生火灾 多人受伤",
        text: str = "虎山街道某小区发生火灾，消防正在处置。",
        unit: str = "hushan",
        grade: str | None = "major",
        **classification: Any,
    ) -> tuple[Event, list[Alert]]:
        from alerting.store import Incoming

        item: ClassifiedItem = make_classified_item(
            make_raw_item(title=title, text=text),
            topic=classification.pop("topic", "城乡建设"),
            grade=grade,
            lead_unit=unit,
            places=classification.pop("places", ("虎山街道",)),
            event_type=classification.pop("event_type", "accident"),
            **classification,
        )
        raised = alerting.process([Incoming(item, None)])
        alerting.publish(raised)  # as the stage does after the batch: on the desk's feed (if any), released
        with db() as s:
            stored = s.get(Item, item.id)
            assert stored is not None and stored.event_id is not None
            event = s.get(Event, stored.event_id)
            alerts = list(s.scalars(select(Alert).where(Alert.id.in_(raised))))
        assert event is not None
        return event, alerts

    return run


@pytest.fixture
def artifacts() -> Path:
    path = Path(__file__).resolve().parents[1] / "artifacts"
    path.mkdir(exist_ok=True)
    return path


def fold_copies(s: Session, original_id: str, n: int) -> None:
    """Record ``n`` exact copies of ``original_id`` as the collectors do (counted, not published)."""
    from models.db import CollectedItem

    for k in range(n):
        s.add(
            CollectedItem(
                id=f"{original_id}-copy-{k}", source_id="copy", content_hash="x", original_id=original_id,
                published=False, collected_at=datetime.now(UTC),
            )
        )  # fmt: skip
