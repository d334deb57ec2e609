"""An open live stream holds only while its session does: signing out, a revoked session or a
deactivated account ends it before anything more is sent (the stream used to keep the user it
started with, so a signed-out or deactivated account went on receiving every new alert)."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from cli.compose import stage_ports
from models.db import Alert, User
from models.messages import AlertMessage
from service.app import create_app
from service.feed import FeedEntry
from tests.service.conftest import live_server, open_token
from tests.service.test_stream import Stream
from yuqing.db.engine import transaction


class MemoryFeed:
    """The ``alerts`` feed in memory; every reader reads it from the start (the stream opens its
    reader after the response has started, so it may come after the first publish)."""

    def __init__(self) -> None:
        self.log: list[FeedEntry] = []
        self.lock = threading.Lock()

    def open(self, *, after: int | None = None, since: datetime | None = None) -> MemoryReader:
        return MemoryReader(self)

    def publish(self, alert: Alert) -> None:
        message = AlertMessage(
            id=alert.id, kind=alert.kind, rule=alert.rule, level=alert.level, title=alert.title,
            event_id=alert.event_id, created_at=alert.created_at.replace(tzinfo=UTC),
        )  # fmt: skip
        with self.lock:
            self.log.append(FeedEntry(len(self.log) + 1, message))

    def close(self) -> None:
        pass


class MemoryReader:
    def __init__(self, feed: MemoryFeed) -> None:
        self.feed, self.read = feed, 0

    def poll(self, timeout_s: float) -> list[FeedEntry]:
        with self.feed.lock:
            entries = self.feed.log[self.read :]
        if not entries:
            time.sleep(timeout_s)
        self.read += len(entries)
        return entries

    def close(self) -> None:
        pass


OTHER_FIRE = {
    "title": "贺村镇化工厂仓库起火 3人受伤",
    "text": "贺村镇一化工厂仓库起火，3人受伤。",
    "places": ("贺村镇",),
}


@pytest.fixture
def feed() -> MemoryFeed:
    return MemoryFeed()


@pytest.fixture
def served(settings: Any, feed: MemoryFeed) -> Iterator[str]:
    app = create_app(settings, stage_ports(), sse_poll_seconds=0.1, kafka_lag_metrics=False, feed_factory=lambda: feed)
    with live_server(app, timeout_graceful_shutdown=1) as url:
        yield url


def _ends(stream: Stream) -> bool:
    stream.thread.join(timeout=10)
    return not stream.thread.is_alive()


@pytest.mark.parametrize("how", ["logout", "deactivated"])
def test_a_stream_ends_when_its_session_no_longer_holds(
    how: str,
    served: str,
    feed: MemoryFeed,
    users: dict[str, str],
    db: sessionmaker[Session],
    seed: Callable[..., Any],
) -> None:
    import httpx

    _event, alerts = seed()
    _event, later = seed(**OTHER_FIRE, unit="hushan")
    assert alerts and later
    token, _csrf = open_token(db, users["desk"])
    stream = Stream(f"{served}/api/v1/stream/alerts", token)
    try:
        feed.publish(alerts[0])
        assert stream.next_event()[1]["id"] == alerts[0].id
        if how == "logout":
            r = httpx.post(f"{served}/api/v1/logout", headers={"Authorization": f"Bearer {token}"})
            assert r.status_code in (200, 204), r.text
        else:
            with transaction(db) as s:
                s.execute(update(User).where(User.username == users["desk"]).values(active=False))
        feed.publish(later[0])
        assert stream.nothing_more(wait=2.0)
        assert _ends(stream)
        again = httpx.get(f"{served}/api/v1/stream/alerts", headers={"Authorization": f"Bearer {token}"})
        assert again.status_code == 401  # the browser's reconnection is refused
    finally:
        stream.close()


def test_a_stream_sends_what_the_user_may_see_now(
    served: str, feed: MemoryFeed, users: dict[str, str], db: sessionmaker[Session], seed: Callable[..., Any]
) -> None:
    """A unit user moved to another unit while its stream is open no longer gets the old unit's alerts."""
    _event, alerts = seed(unit="hushan")
    _event, later = seed(**OTHER_FIRE, unit="hushan")
    assert alerts and later
    token, _csrf = open_token(db, users["hushan"])
    stream = Stream(f"{served}/api/v1/stream/alerts", token)
    try:
        feed.publish(alerts[0])
        assert stream.next_event()[1]["id"] == alerts[0].id
        with transaction(db) as s:
            s.execute(update(User).where(User.username == users["hushan"]).values(unit_id="jiaoyu"))
        feed.publish(later[0])
        assert stream.nothing_more(wait=2.0)
    finally:
        stream.close()


def _hold(url: str, token: str, opened: list[int], clients: list[Any]) -> None:
    """One stream kept open until its client is closed; its status code is appended to ``opened``."""
    import httpx

    client = httpx.Client(timeout=None)
    clients.append(client)
    try:
        with client.stream("GET", f"{url}/api/v1/stream/alerts", headers={"Authorization": f"Bearer {token}"}) as r:
            opened.append(r.status_code)
            for _line in r.iter_lines():
                pass
    except (httpx.HTTPError, RuntimeError):
        return


# a stream's socket, cut by closing its client from the test's thread, is collected unclosed in the
# stream's own thread: the client's, not the service's; the threads are joined before the test ends, so
# nothing of them outlives it (their warning had surfaced in whichever test ran next on the worker)
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_open_streams_never_lock_out_the_desk(
    served: str, users: dict[str, str], db: sessionmaker[Session], make_user: Callable[..., str]
) -> None:
    """Fifty open streams (five unit accounts, ten each) took every pooled database connection (the
    sign-in's session stayed checked out while a stream ran) and the request threads (each stream
    waits on the feed in one): any other request waited 30 s and failed. An account's eleventh
    stream is refused (429) and its places come back when its streams close."""
    import httpx

    from models.enums import Role

    tokens = [open_token(db, make_user(f"unit{n}", Role.UNIT, "hushan"))[0] for n in range(5)]
    desk, _csrf = open_token(db, users["desk"])
    opened: list[int] = []
    clients: list[Any] = []
    threads: list[threading.Thread] = []
    try:
        for token in tokens:
            for _ in range(10):
                threads.append(threading.Thread(target=_hold, args=(served, token, opened, clients), daemon=True))
                threads[-1].start()
        deadline = time.monotonic() + 20
        while len(opened) < 50 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert opened.count(200) == 50
        time.sleep(1.5)  # every stream polling its feed
        started = time.monotonic()
        r = httpx.get(f"{served}/api/v1/events", headers={"Authorization": f"Bearer {desk}"}, timeout=60)
        assert r.status_code == 200 and time.monotonic() - started < 3
        r = httpx.get(f"{served}/api/v1/stream/alerts", headers={"Authorization": f"Bearer {tokens[0]}"}, timeout=10)
        assert r.status_code == 429 and "实时推送" in r.json()["detail"]
    finally:
        for client in clients:
            client.close()
    deadline = time.monotonic() + 15  # the closed streams give their places back
    while time.monotonic() < deadline:
        again: list[int] = []
        threads.append(threading.Thread(target=_hold, args=(served, tokens[0], again, clients), daemon=True))
        threads[-1].start()
        time.sleep(0.5)
        clients[-1].close()
        if again == [200]:
            break
    for thread in threads:
        thread.join(timeout=10)
    gc.collect()  # the cut streams' sockets, collected while this test's filters hold
    assert again == [200]
