"""``yuqing collect`` as a real process: killed mid-run and restarted, it neither re-publishes nor
misses anything; SIGTERM stops it cleanly."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from models.topics import ITEMS_RAW
from tests.collectors.conftest import FIXTURES, FixtureSite, Route, collect_process_env, start_collect

pytestmark = [pytest.mark.kafka, pytest.mark.long]


def _wait_for(read: Callable[[], list[Any]], count: int, timeout_s: float = 30) -> list[Any]:
    deadline = time.monotonic() + timeout_s
    items = read()
    while len(items) < count and time.monotonic() < deadline:
        time.sleep(0.5)
        items = read()
    return items


def test_killed_and_restarted_collector(
    site: FixtureSite, tmp_path: Path, kafka_bootstrap: str, topic_prefix: str, topic_reader: Callable[..., list[Any]]
) -> None:
    site.add_file("/news.xml", "news.xml")
    site.add_file("/forum.xml", "forum_gbk.xml", delay_s=2.5)  # a poll is in flight when the process dies
    fast = "interval_s: 1, http: {min_delay_s: 0, retries: 0, timeout_s: 5}"
    env = collect_process_env(
        tmp_path,
        "sources:\n"
        f"  - {{id: news, type: rss, url: '{site.base}/news.xml', {fast}}}\n"
        f"  - {{id: forum, type: rss, url: '{site.base}/forum.xml', {fast}}}\n",
        kafka_bootstrap,
        topic_prefix,
    )
    log = tmp_path / "collect.log"
    proc = start_collect(env, log)
    try:
        assert len(_wait_for(lambda: topic_reader(ITEMS_RAW), 5)) == 5, log.read_text()
        time.sleep(1.5)  # several 304 polls later, with the slow forum poll in flight
        proc.kill()
        proc.wait(10)

        news = (FIXTURES / "news.xml").read_text("utf-8")
        extra = (
            "<item><title>青川市图书馆延长开放时间</title><link>http://news.test/a/1010.html</link>"
            "<description>即日起市图书馆每天开放至晚上九点，周末照常开放。</description></item></channel>"
        )
        site.add("/news.xml", Route(body=news.replace("</channel>", extra).encode("utf-8")))
        proc = start_collect(env, log)
        items = _wait_for(lambda: topic_reader(ITEMS_RAW), 6)
        time.sleep(1.5)  # give a wrongly re-publishing collector the chance to do so
        items = topic_reader(ITEMS_RAW)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    titles = [i.title for i in items]
    assert len(titles) == 6 and len({i.id for i in items}) == 6, titles
    assert "青川市图书馆延长开放时间" in titles
