"""The desk's live stream is fed from the ``alerts`` topic (one door from the alerting stage to the
desk): every alert arrives once, in the order it was published, even when alerting workers commit
in an order other than their clocks'; a reconnecting browser resumes after the last entry it saw;
a unit user sees only its own unit's alerts."""

from __future__ import annotations

import json
import queue
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from alerting.config import load_alerting_config
from alerting.handler import ClassifiedItemHandler
from alerting.store import Incoming
from cli.compose import stage_ports
from service.app import create_app
from service.feed import KafkaAlertFeed
from tests.service.conftest import live_server, open_token
from yuqing.settings import EXAMPLE_JURISDICTION

pytestmark = pytest.mark.kafka


@pytest.fixture
def settings(live_settings: Any) -> Any:
    return live_settings


@pytest.fixture
def alerting(live_alerting: Any) -> Any:
    return live_alerting


class Stream:
    """One SSE connection read on a thread: ``next_event()`` returns the next alert or incident as
    ``(id, data)``, ``next_status()`` the next ``status`` the server sent."""

    def __init__(self, url: str, token: str, last_event_id: str | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = last_event_id
        self.events: queue.Queue[tuple[str, dict[str, Any]]] = queue.Queue()
        self.statuses: queue.Queue[dict[str, Any]] = queue.Queue()
        self.opened = threading.Event()
        self.refused = ""
        self.client = httpx.Client(timeout=httpx.Timeout(5.0, read=60.0))
        self.thread = threading.Thread(target=self._read, args=(url, headers), daemon=True)
        self.thread.start()
        if not self.opened.wait(15) or self.refused:
            self.client.close()  # no connection left behind for a later test to trip over
            raise AssertionError(f"the stream did not open: {self.refused or 'no answer in 15 s'}")

    def _read(self, url: str, headers: dict[str, str]) -> None:
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code != 200:
                    self.refused = f"{response.status_code} {response.read().decode(errors='replace')}"
                    self.opened.set()
                    return
                self.opened.set()
                kind, event_id, data = "", "", ""
                for line in response.iter_lines():
                    if line.startswith("event:"):
                        kind = line[6:].strip()
                    elif line.startswith("id:"):
                        event_id = line[3:].strip()
                    elif line.startswith("data:"):
                        data = line[5:].strip()
                    elif not line and data:
                        if kind == "status":
                            self.statuses.put(json.loads(data))
                        else:
                            self.events.put((event_id, json.loads(data)))
                        kind, event_id, data = "", "", ""
        except (httpx.HTTPError, RuntimeError):
            return  # closed by the test

    def next_status(self, timeout: float = 20.0) -> dict[str, Any]:
        return self.statuses.get(timeout=timeout)

    def next_event(self, timeout: float = 20.0) -> tuple[str, dict[str, Any]]:
        return self.events.get(timeout=timeout)

    def nothing_more(self, wait: float = 2.0) -> bool:
        try:
            self.events.get(timeout=wait)
        except queue.Empty:
            return True
        return False

    def close(self) -> None:
        """Hang up; the reading thread ends when its connection closes (at the latest when the
        server stops, after the test)."""
        self.client.close()


@pytest.fixture
def open_stream(server: str, db: sessionmaker[Session]) -> Iterator[Callable[..., Stream]]:
    streams: list[Stream] = []

    def open_(username: str, last_event_id: str | None = None) -> Stream:
        token, _csrf = open_token(db, username)
        stream = Stream(f"{server}/api/v1/stream/alerts", token, last_event_id)
        streams.append(stream)
        return stream

    yield open_
    for stream in streams:
        stream.close()


def _fire(make_raw_item: Callable[..., Any], make_classified_item: Callable[..., Any], town: str, unit: str) -> Any:
    text = f"{town}一仓库发生火灾，消防正在处置，三人受伤送医。"
    raw = make_raw_item(title=f"{town}一仓库发生火灾 多人受伤", text=text)
    return make_classified_item(raw, places=(town,), lead_unit=unit, grade="large", topic="城乡建设")


def test_every_alert_once_in_publication_order_and_resume_without_gap(
    users: dict[str, str],
    open_stream: Callable[..., Stream],
    db: sessionmaker[Session],
    alerting: Any,
    make_raw_item: Callable[..., Any],
    make_classified_item: Callable[..., Any],
) -> None:
    stream = open_stream("desk1")
    # Two workers: the second's clock is behind, and it commits after the first. A stream cursor
    # over the alerts table (created_at, id) would skip its alert; the feed's offsets do not.
    now = datetime.now(UTC)
    ahead = ClassifiedItemHandler(db, load_alerting_config(EXAMPLE_JURISDICTION), alerting.producer, clock=lambda: now)
    behind = ClassifiedItemHandler(
        db, load_alerting_config(EXAMPLE_JURISDICTION), alerting.producer, clock=lambda: now - timedelta(seconds=30)
    )
    first = ahead.process([Incoming(_fire(make_raw_item, make_classified_item, "虎山街道", "hushan"))])
    ahead.publish(first)
    second = behind.process([Incoming(_fire(make_raw_item, make_classified_item, "双塔街道", "yingji"))])
    behind.publish(second)
    assert first and second

    got = [stream.next_event() for _ in range(len(first) + len(second))]
    assert [data["id"] for _id, data in got] == [*first, *second]
    offsets = [int(event_id) for event_id, _data in got]
    assert offsets == sorted(offsets)
    assert stream.nothing_more()
    assert "虎山街道" in got[0][1]["title"] and got[0][1]["unit_names"] == ["虎山街道"]

    # A browser reconnecting with the first entry's id gets everything after it, once.
    again = open_stream("desk1", last_event_id=got[0][0])
    rest = [again.next_event() for _ in range(len(got) - 1)]
    assert [data["id"] for _id, data in rest] == [data["id"] for _id, data in got[1:]]
    assert again.nothing_more()


def test_a_unit_sees_only_its_own_alerts_on_the_stream(
    users: dict[str, str],
    open_stream: Callable[..., Stream],
    seed: Callable[..., Any],
) -> None:
    hushan = open_stream("hushan1")
    _event, others = seed(
        title="双塔街道一仓库发生火灾", text="双塔街道一仓库发生火灾。", unit="jiaoyu", places=("双塔街道",)
    )
    _event, own = seed(title="虎山街道一仓库发生火灾", text="虎山街道一仓库发生火灾。", unit="hushan")
    assert others and own
    seen = [hushan.next_event()[1]["id"] for _ in own]
    assert sorted(seen) == sorted(a.id for a in own)
    assert hushan.nothing_more()


def test_the_stream_opens_while_the_feed_is_unreachable_and_delivers_what_came_meanwhile(
    users: dict[str, str],
    db: sessionmaker[Session],
    live_settings: Any,
    alerting: Any,
    make_raw_item: Callable[..., Any],
    make_classified_item: Callable[..., Any],
) -> None:
    """A browser's EventSource gives up for good on an error status, so a broker that is away (or
    slow to answer) when the desk connects must not refuse the stream: it opens, says the feed is
    unavailable, retries, and then delivers from where the desk asked, the alerts of the outage too."""
    closed = socket.socket()  # a port held but not listening: connections to it are refused
    closed.bind(("127.0.0.1", 0))
    feed = KafkaAlertFeed(f"127.0.0.1:{closed.getsockname()[1]}", live_settings.kafka_topic_prefix)
    app = create_app(
        live_settings,
        stage_ports(),
        sse_poll_seconds=0.1,
        sse_retry_seconds=0.2,
        kafka_lag_metrics=False,
        feed_factory=lambda: feed,
    )
    with live_server(app, timeout_graceful_shutdown=1) as url:
        token, _csrf = open_token(db, "desk1")
        stream = Stream(f"{url}/api/v1/stream/alerts", token)
        try:
            status = stream.next_status()
            assert status["state"] == "unavailable" and "正在重试" in status["message"]
            during = alerting.process([Incoming(_fire(make_raw_item, make_classified_item, "虎山街道", "hushan"))])
            alerting.publish(during)
            assert during
            feed.bootstrap_servers = live_settings.bootstrap_servers  # the broker is back
            assert stream.next_status()["state"] == "open"
            got = [stream.next_event()[1]["id"] for _ in during]
            assert got == during
            assert stream.nothing_more()
        finally:
            stream.close()
            closed.close()


@pytest.mark.kafka
def test_an_alert_published_while_the_stream_finds_its_start_is_not_skipped(
    kafka_bootstrap: str, topic_prefix: str
) -> None:
    """A desk that connects when no alert is newer than its page finds its start by two lookups (the
    first alert at or after the page's time, else the end of the topic). An alert published between
    them must still be read: the start may not lie after it."""
    from confluent_kafka import Producer

    from models.topics import ALERTS
    from service.feed import KafkaFeedReader

    topic = ALERTS.full_name(topic_prefix)
    producer = Producer({"bootstrap.servers": kafka_bootstrap})
    published: list[int] = []

    def delivered(err: Any, msg: Any) -> None:
        assert err is None, err
        published.append(msg.offset())

    producer.produce(topic, b"{}", on_delivery=delivered)  # an older alert (and the topic led)
    producer.flush(30)
    published.clear()
    reader = KafkaFeedReader(kafka_bootstrap, topic, after=None, since=datetime.now(UTC))
    try:
        real = reader.consumer

        class PublishingDuringTheLookup:
            """The reader's own consumer, with an alert published on the real broker while the
            time lookup is answered (the moment a busy alerting stage may publish one)."""

            def __getattr__(self, name: str) -> Any:
                return getattr(real, name)

            def offsets_for_times(self, *args: Any, **kwargs: Any) -> Any:
                found = real.offsets_for_times(*args, **kwargs)
                producer.produce(topic, b"{}", on_delivery=delivered)
                producer.flush(10)
                return found

        reader.consumer = PublishingDuringTheLookup()
        start = reader._start(None, datetime.now(UTC) + timedelta(minutes=5))
    finally:
        reader.consumer = real
        reader.close()
    assert published, "the alert was not published"
    assert start <= published[0], (start, published)
