"""The demo site: content, progressive reveal, and the four source formats over real HTTP."""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import feedparser
import httpx
import pytest

from cli.demo.content import Channel, Timeline, load_content
from cli.demo.server import make_server

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def site(clock: FakeClock) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, interval_s=20, clock=clock)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_shipped_content_is_valid_and_covers_the_demo_story() -> None:
    content = load_content()
    assert len(content.items) >= 30
    assert {e.channel for e in content.items} == set(Channel)
    text = " ".join(e.title + e.text for e in content.items)
    for needle in ("积水", "学区", "养老金", "死亡", "受伤", "火灾", "江山"):
        assert needle in text
    assert re.search(r"\d+人死亡、\d+人受伤", text), "an incident with casualty figures for the grading rules"
    for entry in content.items:
        if entry.channel is Channel.FORUM:
            entry.title.encode("gbk")
            entry.text.encode("gbk")
        assert "  " not in entry.text


def test_timeline_reveals_one_item_per_interval_and_cycles_with_fresh_ids(clock: FakeClock) -> None:
    content = load_content()
    timeline = Timeline(content, interval_s=20, backlog=8, clock=clock)
    assert timeline.count() == 8
    clock.now = T0 + timedelta(seconds=19)
    assert timeline.count() == 8
    clock.now = T0 + timedelta(seconds=41)
    assert timeline.count() == 10
    newest = timeline.item(10)
    assert newest.published_at == T0 + timedelta(seconds=40)
    assert timeline.item(1).published_at < T0
    first, again, third = (timeline.item(1 + c * len(content.items)) for c in range(3))
    assert again.entry.title == first.entry.title and again.entry.channel is first.entry.channel
    assert again.cycle == 1 and again.n != 1
    assert again.entry.text.startswith(first.entry.text)  # a re-post of the same story ...
    assert len({first.entry.text, again.entry.text, third.entry.text}) == 3  # ... but never the same text


def test_rss_feed_is_utf8_rss2_and_grows(site: str, clock: FakeClock) -> None:
    first = feedparser.parse(httpx.get(f"{site}/feeds/news.xml").content)
    assert first.version == "rss20" and not first.bozo
    assert first.feed.title == "江山融媒"
    count = len(first.entries)
    assert count >= 1
    entry = first.entries[0]
    assert entry.link.startswith(site) and entry.published_parsed and entry.summary
    clock.now = T0 + timedelta(hours=2)  # 360 more items revealed
    later = feedparser.parse(httpx.get(f"{site}/feeds/news.xml").content)
    assert len(later.entries) > count
    assert later.entries[0].link != entry.link


def test_forum_feed_is_gbk_without_any_declaration(site: str) -> None:
    response = httpx.get(f"{site}/feeds/forum-gbk.xml")
    assert response.status_code == 200
    assert "charset" not in response.headers["content-type"]
    assert response.content.startswith(b'<?xml version="1.0"?>')
    with pytest.raises(UnicodeDecodeError):
        response.content.decode("utf-8")
    text = response.content.decode("gbk")
    assert "江山论坛" in text and "<item>" in text


def test_web_list_links_to_detail_pages(site: str) -> None:
    listing = httpx.get(f"{site}/web/list.html")
    assert listing.status_code == 200
    links = re.findall(r'href="(/web/article/\d+\.html)"', listing.text)
    assert links
    detail = httpx.get(site + links[0])
    assert detail.status_code == 200
    assert '<h1 class="title">' in detail.text and 'class="article-content"' in detail.text
    assert re.search(r'class="pubtime">\d{4}-\d\d-\d\d \d\d:\d\d:\d\d<', detail.text)
    assert httpx.get(f"{site}/web/article/99999.html").status_code == 404  # not revealed yet


def test_messages_api_returns_records(site: str) -> None:
    response = httpx.get(f"{site}/api/messages.json")
    assert response.headers["content-type"].startswith("application/json")
    records = json.loads(response.content)
    assert records and isinstance(records, list)
    for record in records:
        assert set(record) == {"id", "title", "content", "created_at", "user", "likes"}
        assert datetime.fromisoformat(record["created_at"]).utcoffset() == timedelta(hours=8)
    assert len({r["id"] for r in records}) == len(records)


def test_conditional_get_answers_304(site: str, clock: FakeClock) -> None:
    first = httpx.get(f"{site}/feeds/news.xml")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert httpx.get(f"{site}/feeds/news.xml", headers={"If-None-Match": etag}).status_code == 304
    assert httpx.get(f"{site}/feeds/news.xml", headers={"If-Modified-Since": modified}).status_code == 304
    clock.now = T0 + timedelta(hours=1)
    assert httpx.get(f"{site}/feeds/news.xml", headers={"If-None-Match": etag}).status_code == 200


def test_robots_and_index(site: str) -> None:
    robots = httpx.get(f"{site}/robots.txt")
    assert robots.status_code == 200 and "User-agent: *" in robots.text
    index = httpx.get(f"{site}/")
    assert "/feeds/forum-gbk.xml" in index.text
    assert httpx.get(f"{site}/nope").status_code == 404


def test_a_client_that_hangs_up_is_not_a_traceback(site: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A collector that times out resets its connection: routine, so nothing in the log."""
    host, port = site.removeprefix("http://").rstrip("/").split(":")
    for _ in range(3):
        with socket.create_connection((host, int(port))) as conn:
            conn.sendall(b"GET /rss/news.xml HTTP/1.1\r\n")  # half a request, then a reset
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    time.sleep(0.3)
    assert httpx.get(f"{site}/robots.txt").status_code == 200  # still serving
    assert "Traceback" not in capsys.readouterr().err
