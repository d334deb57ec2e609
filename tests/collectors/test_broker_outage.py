"""``yuqing collect`` while the broker is away: polls fail loudly (recorded on the source), nothing
fetched is marked published, and once the broker is back every item is on ``items.raw``.

Delivery is at-least-once: an item fetched during the outage may arrive twice (the producer's
buffered copy and the next poll's), always with the same item id, which every consumer stores once.
Items published before the outage are never published again."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from models.db import SourceHealth
from models.topics import ITEMS_RAW
from tests.collectors.conftest import FIXTURES, FixtureSite, Route, collect_process_env, read_topic, start_collect
from yuqing.broker import ensure_topics

pytestmark = [pytest.mark.kafka, pytest.mark.long, pytest.mark.timeout(240)]


def _health(db: str) -> SourceHealth | None:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            row = conn.execute(select(SourceHealth).where(SourceHealth.source_id == "news")).first()
            return row  # type: ignore[return-value]
    finally:
        engine.dispose()


def _until(predicate: Callable[[], Any], timeout_s: float) -> Any:
    deadline = time.monotonic() + timeout_s
    value = predicate()
    while not value and time.monotonic() < deadline:
        time.sleep(0.5)
        value = predicate()
    return value


def test_broker_outage_fails_polls_loudly_and_loses_nothing(
    site: FixtureSite, tmp_path: Path, kafka_runtime_factory: Callable[[], Any]
) -> None:
    runtime = kafka_runtime_factory()
    bootstrap = runtime.start().bootstrap
    prefix = "outage."
    ensure_topics(bootstrap, prefix)
    site.add_file("/news.xml", "news.xml")
    env = collect_process_env(
        tmp_path,
        "sources:\n"
        f"  - {{id: news, type: rss, url: '{site.base}/news.xml', interval_s: 1,"
        " http: {min_delay_s: 0, retries: 0, timeout_s: 5}}\n",
        bootstrap,
        prefix,
    )
    db = env["YUQING_DATABASE_URL"]
    log = tmp_path / "collect.log"
    proc = start_collect(env, log)
    try:
        # every item of the feed before the outage (not the first read that finds any: the poll may
        # still be publishing the rest, which would then be counted as new after it)
        feed = (FIXTURES / "news.xml").read_text("utf-8").count("<item>")
        first = _until(lambda: (got := read_topic(bootstrap, ITEMS_RAW, prefix)) and len(got) >= feed and got, 60)
        assert first and len(first) == feed, log.read_text()
        runtime.stop()

        news = (FIXTURES / "news.xml").read_text("utf-8")
        extra = (
            "<item><title>青川市暴雨预警升级为橙色</title><link>http://news.test/a/2020.html</link>"
            "<description>市气象台将暴雨预警升级为橙色，请市民减少外出。</description></item></channel>"
        )
        site.add("/news.xml", Route(body=news.replace("</channel>", extra).encode("utf-8")))
        failing = _until(lambda: (h := _health(db)) is not None and h.consecutive_failures > 0 and h, 150)
        assert failing, log.read_text()
        assert failing.last_error, "the failed poll is recorded with its error on the source"
        assert proc.poll() is None, "the collector keeps running while the broker is away"

        runtime.start()
        items = _until(
            lambda: (found := read_topic(bootstrap, ITEMS_RAW, prefix)) and len(found) > len(first) and found, 150
        )
        assert items, log.read_text()
        time.sleep(2.0)  # a wrongly re-publishing collector would do it now
        items = read_topic(bootstrap, ITEMS_RAW, prefix)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        runtime.stop()
    by_id: dict[str, list[Any]] = {}
    for item in items:
        by_id.setdefault(item.id, []).append(item)
    assert len(by_id) == len(first) + 1, [i.title for i in items]
    for item in first:
        assert len(by_id[item.id]) == 1, f"published again after the outage: {item.title}"
    new = [copies for item_id, copies in by_id.items() if item_id not in {i.id for i in first}]
    assert new[0][0].title == "青川市暴雨预警升级为橙色"
