"""The scrapy list → detail spider against the fixture site: robots.txt, pagination, undeclared
GBK pages, pipelines into the real broker, no re-fetch or re-publish after a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from collectors.config import parse_sources
from collectors.dryrun import dry_run_items
from collectors.worker import build_app
from models.topics import ITEMS_RAW
from tests.collectors.conftest import FIXTURES, FixtureSite, Route
from yuqing.db.migrate import upgrade

SOURCES = """
sources:
  - id: qc-web
    type: web
    url: "${base}/web/list.html"
    tier: mainstream
    http: {min_delay_s: 0, timeout_s: 5, retries: 0, max_bytes: 1000000}
    web:
      links: "ul.news-list li a::attr(href)"
      next_page: "a.next::attr(href)"
      max_pages: 3
      title: "h1.title::text"
      body: "div.article-content"
      time: "span.pubtime::text"
      author: "span.author::text"
      concurrency_per_domain: 2
"""


def _serve(site: FixtureSite) -> None:
    site.add("/robots.txt", Route(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    site.add_file("/web/list.html", "web/list.html", content_type="text/html; charset=utf-8")
    site.add_file("/web/list2.html", "web/list2.html", content_type="text/html; charset=utf-8")
    site.add_file("/web/article/1.html", "web/article1.html", content_type="text/html; charset=utf-8")
    site.add_file("/web/article/2.html", "web/article2_gbk.html", content_type="text/html")
    site.add_file("/web/article/4.html", "web/article4.html", content_type="text/html; charset=utf-8")
    site.add("/private/article/3.html", Route(body="<h1>内部</h1>".encode(), content_type="text/html"))
    site.add("/web/article/huge.html", Route(stream_bytes=50 * 1024 * 1024, content_type="text/html"))


def test_dry_run_of_one_article_page(site: FixtureSite) -> None:
    _serve(site)
    (item,) = dry_run_items(site.base + "/web/article/2.html?utm_source=x", "web")
    assert item.title == "东湖公园改造工程完工 本月底对外开放"
    assert item.url == site.base + "/web/article/2.html"
    assert item.published_at == datetime(2026, 11, 19, 2, 0, tzinfo=UTC)
    assert "新增健身步道两公里" in item.text and "首页" not in item.text


@pytest.mark.kafka
def test_crawl_publishes_each_article_once_and_obeys_robots(
    site: FixtureSite,
    make_settings: Callable[..., Any],
    kafka_bootstrap: str,
    topic_prefix: str,
    topic_reader: Callable[..., list[Any]],
) -> None:
    _serve(site)
    listing = (FIXTURES / "web/list.html").read_text("utf-8")
    hostile = '<ul class="news-list">\n  <li><a href="/web/article/huge.html">50 MB</a></li>'
    site.add("/web/list.html", Route(body=listing.replace('<ul class="news-list">', hostile).encode()))
    settings = make_settings(kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=topic_prefix)
    upgrade(settings.effective_database_url)
    sources = parse_sources(SOURCES.replace("${base}", site.base))
    app = build_app(settings, sources, crawl_timeout_s=90)
    (outcome,) = app.runner.run_once()
    assert outcome.ok and outcome.published == 3, outcome
    assert "/private/article/3.html" not in site.hits  # forbidden by robots.txt, never fetched
    health = app.health.all()[0]
    assert health.consecutive_failures == 0 and "huge.html" in (health.last_error or "")  # cut off at 1 MB

    items = {i.title: i for i in topic_reader(ITEMS_RAW)}
    assert set(items) == {"青川市举行消防安全应急演练", "东湖公园改造工程完工 本月底对外开放", "城区公交线路优化调整"}
    drill = items["青川市举行消防安全应急演练"]
    assert drill.text == (
        "11月18日下午，青川市在中心商业街举行高层建筑消防安全应急演练，市消防救援大队、应急管理局等单位参加。\n"
        "演练模拟商场三楼起火、人员被困等情景，检验了各部门协同处置和人员疏散能力。"
    )
    assert drill.published_at == datetime(2026, 11, 18, 8, 30, tzinfo=UTC) and drill.author == "青川新闻网"
    assert items["东湖公园改造工程完工 本月底对外开放"].url == site.base + "/web/article/2.html"
    assert items["东湖公园改造工程完工 本月底对外开放"].author == "城管局"
    app.close()

    # A restarted collector fetches the list again but no known article, and publishes only the new one.
    fetched_before = site.hits["/web/article/1.html"]
    site.add(
        "/web/list.html",
        Route(
            body=listing.replace(
                '<ul class="news-list">', '<ul class="news-list">\n  <li><a href="/web/article/5.html">新</a></li>'
            ).encode(),
            content_type="text/html; charset=utf-8",
        ),
    )
    article5 = (
        (FIXTURES / "web/article4.html")
        .read_text("utf-8")
        .replace("城区公交线路优化调整", "市民中心延长周末服务时间")
        .replace("为方便市民出行，市交通运输局决定", "市民中心自下周起周末延长服务时间，市行政审批局同时决定")
    )
    site.add("/web/article/5.html", Route(body=article5.encode(), content_type="text/html; charset=utf-8"))
    app = build_app(settings, sources, crawl_timeout_s=90)
    (outcome,) = app.runner.run_once()
    app.close()
    assert outcome.ok and outcome.published == 1
    assert site.hits["/web/article/1.html"] == fetched_before
    titles = [i.title for i in topic_reader(ITEMS_RAW)]
    assert len(titles) == 4 and "市民中心延长周末服务时间" in titles


@pytest.mark.kafka
def test_list_page_failure_is_recorded(
    site: FixtureSite, make_settings: Callable[..., Any], kafka_bootstrap: str, topic_prefix: str
) -> None:
    site.add("/robots.txt", Route(body=b"User-agent: *\nDisallow: /web/\n", content_type="text/plain"))
    site.add_file("/web/list.html", "web/list.html", content_type="text/html; charset=utf-8")
    settings = make_settings(kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=topic_prefix)
    upgrade(settings.effective_database_url)
    app = build_app(settings, parse_sources(SOURCES.replace("${base}", site.base)), crawl_timeout_s=90)
    (outcome,) = app.runner.run_once()
    app.close()
    assert not outcome.ok and "robots" in (outcome.error or "").lower()
    assert "/web/list.html" not in site.hits


def test_a_crawl_that_hangs_is_stopped(site: FixtureSite) -> None:
    from collectors.errors import FetchError
    from collectors.web.runner import run_crawl

    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/web/list.html", Route(body=b"<html></html>", content_type="text/html", delay_s=30))
    source = parse_sources(SOURCES.replace("${base}", site.base)).sources[0]
    with pytest.raises(FetchError, match="longer than"):
        run_crawl(source, dry_run=True, timeout_s=2)  # type: ignore[arg-type]


def test_stopping_abandons_a_crawl_in_flight(site: FixtureSite) -> None:
    import threading
    import time

    from collectors.errors import Stopped
    from collectors.web.runner import run_crawl

    site.add("/robots.txt", Route(body=b"", content_type="text/plain"))
    site.add("/web/list.html", Route(body=b"<html></html>", content_type="text/html", delay_s=30))
    source = parse_sources(SOURCES.replace("${base}", site.base)).sources[0]
    stop = threading.Event()
    threading.Timer(1.0, stop.set).start()
    started = time.monotonic()
    with pytest.raises(Stopped):
        run_crawl(source, dry_run=True, timeout_s=60, stop=stop)  # type: ignore[arg-type]
    assert time.monotonic() - started < 5
