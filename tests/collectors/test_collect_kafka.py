"""RSS/Atom and JSON sources, good and hostile, collected into the real broker.

What lands on items.raw is asserted: the right items, once each, with correct text and times,
across re-polls (304) and a restarted collector.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from collectors.config import parse_sources
from collectors.health import HealthStore
from collectors.worker import build_app
from models.db.units import Source, SourceHealth
from models.enums import AlertKind, SourceTier
from models.messages import RawItem
from models.topics import ITEMS_RAW, SOURCE_HEALTH
from tests.collectors.conftest import FIXTURES, FixtureSite, Route
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.db.migrate import upgrade

pytestmark = pytest.mark.kafka

SOURCES = """
failure_alert_after: 3
sources:
  - {id: news, type: rss, url: "${base}/news.xml", tier: mainstream, region: 青川市}
  - {id: forum-gbk, type: rss, url: "${base}/forum-gbk.xml", tier: forum}
  - {id: forum-big5, type: rss, url: "${base}/forum-big5.xml", tier: forum}
  - id: messages
    type: json_api
    url: "${base}/api/messages.json"
    tier: hotline
    default_unit: zhuJian
    json: {records: data.rows, id: msgId, title: subject, text: body, published: createTime, author: nick,
           likes: stat.up, comments: stat.reply, url_template: "http://msg.test/detail/{id}"}
  - {id: broken, type: rss, url: "${base}/broken.xml"}
  - {id: failing, type: rss, url: "${base}/fail.xml"}
  - {id: slow, type: rss, url: "${base}/slow.xml", http: {timeout_s: 0.5, retries: 0, min_delay_s: 0}}
  - {id: loop, type: rss, url: "${base}/loop-a"}
  - {id: huge, type: rss, url: "${base}/huge.xml", http: {max_bytes: 2000000, retries: 0, min_delay_s: 0}}
"""
FAST_HTTP = "    http: {timeout_s: 2, retries: 1, backoff_s: 0.01, min_delay_s: 0}\n"


def _serve_all(site: FixtureSite) -> None:
    site.add_file("/news.xml", "news.xml")
    site.add_file("/forum-gbk.xml", "forum_gbk.xml", content_type="application/rss+xml")
    site.add_file("/forum-big5.xml", "forum_big5.xml", content_type="text/xml")
    site.add_file("/api/messages.json", "messages.json", content_type="application/json")
    site.add_file("/broken.xml", "malformed.xml")
    site.add("/fail.xml", Route(status=500, body=b"Internal Server Error"))
    site.add("/slow.xml", Route(body=(FIXTURES / "news.xml").read_bytes(), delay_s=3))
    site.add("/loop-a", Route(redirect_to=site.base + "/loop-b"))
    site.add("/loop-b", Route(redirect_to=site.base + "/loop-a"))
    site.add("/huge.xml", Route(stream_bytes=50 * 1024 * 1024))


def _sources_text(base: str) -> str:
    text = SOURCES.replace("${base}", base)
    # sources without their own http options get fast ones (the test must not wait on back-off)
    lines = []
    for line in text.splitlines(keepends=True):
        lines.append(line)
        if line.startswith("  - {") and "http: {" not in line:
            lines[-1] = (
                line.rstrip().rstrip("}") + ", http: {timeout_s: 2, retries: 1, backoff_s: 0.01, min_delay_s: 0}}\n"
            )
        elif line.startswith("    tier: hotline"):
            lines.append(FAST_HTTP)
    return "".join(lines)


@pytest.fixture
def collector_env(
    site: FixtureSite, make_settings: Callable[..., Any], kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> tuple[Any, Any]:
    _serve_all(site)
    settings = make_settings(kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=topic_prefix)
    upgrade(settings.effective_database_url)
    return settings, parse_sources(_sources_text(site.base))


def _by_title(items: list[RawItem]) -> dict[str, RawItem]:
    return {i.title: i for i in items}


def test_sources_collected_once_each_with_isolation_health_and_restart(
    collector_env: tuple[Any, Any], site: FixtureSite, topic_reader: Callable[..., list[Any]]
) -> None:
    settings, sources = collector_env
    started = datetime.now(UTC)
    app = build_app(settings, sources)
    outcomes = {o.source_id: o for o in app.runner.run_once()}
    elapsed = (datetime.now(UTC) - started).total_seconds()

    assert {k for k, o in outcomes.items() if o.ok} == {"news", "forum-gbk", "forum-big5", "messages"}
    assert "ParseError" in (outcomes["broken"].error or "")
    assert "500" in (outcomes["failing"].error or "")
    assert "Timeout" in (outcomes["slow"].error or "")
    assert "redirects" in (outcomes["loop"].error or "")
    assert "BodyTooLarge" in (outcomes["huge"].error or "")
    assert outcomes["news"].seconds < 3 and elapsed < 15  # nobody waited for the slow source (3 s delay)

    items = topic_reader(ITEMS_RAW)
    assert len(items) == 8 and len({i.id for i in items}) == 8
    got = _by_title(items)

    flood = got["青川市召开防汛工作部署会 要求各乡镇落实24小时值班"]
    assert flood.url == "http://news.test/a/1001.html?id=1001"
    assert flood.published_at == datetime(2026, 11, 19, 1, 30, tzinfo=UTC)
    assert flood.text.startswith("11月19日上午，青川市召开防汛工作部署会") and "trackVisit" not in flood.text
    assert flood.author == "青川日报记者 王敏" and flood.source_tier is SourceTier.MAINSTREAM
    assert flood.region == "青川市" and flood.copies == 1 and len(flood.simhash or "") == 16
    assert got["城南街道老旧小区改造启动 涉及居民1200余户"].published_at == datetime(2026, 11, 20, 6, 5, tzinfo=UTC)
    future = got["市人社局发布冬季招聘会安排"]
    assert future.published_at <= future.collected_at  # a 2036 date is clamped to the collection time

    water = got["石桥镇自来水发黄好几天了，有没有人管一管"]
    assert water.source_id == "forum-gbk" and "公布水质检测结果" in water.text
    assert water.published_at == datetime(2026, 11, 21, 12, 15, tzinfo=UTC)
    assert "學校" not in water.text and got["学校门口早高峰拥堵严重，建议增设交警疏导"].author == "家长李女士"
    clinic = got["鄉鎮衛生院夜間無醫生值班，民眾看病不方便"]
    assert clinic.source_id == "forum-big5" and "安排夜間值班醫生" in clinic.text

    garbage = got["小区垃圾清运不及时"]
    assert garbage.url == "http://msg.test/detail/9001" and garbage.engagement.likes == 15
    assert garbage.engagement.comments == 3 and garbage.author == "幸福里业主" and garbage.default_unit == "zhuJian"
    assert got["咨询新生儿医保办理流程"].published_at == datetime.fromtimestamp(1795140000, UTC)

    # Re-poll: conditional GETs answer 304, nothing is published again.
    outcomes = {o.source_id: o for o in app.runner.run_once()}
    assert outcomes["news"].not_modified and outcomes["forum-gbk"].not_modified
    assert site.conditional_hits.get("/news.xml") == 1
    app.close()

    # Restart mid-run: a new process with the same database. A new entry appears in the feed.
    news = (FIXTURES / "news.xml").read_text("utf-8")
    extra = (
        "  <item>\n    <title>青川高铁站新增夜间公交接驳线路</title>\n"
        "    <link>http://news.test/a/1004.html</link>\n    <pubDate>2026-11-21 18:00:00</pubDate>\n"
        "    <description>为方便旅客夜间出行，青川高铁站新增两条夜间公交接驳线路，末班车延长至凌晨一点。"
        "</description>\n"
        "  </item>\n</channel>"
    )
    site.add("/news.xml", Route(body=news.replace("</channel>", extra).encode("utf-8")))
    app = build_app(settings, sources)
    outcomes = {o.source_id: o for o in app.runner.run_once()}
    assert outcomes["news"].published == 1 and outcomes["messages"].published == 0
    app.close()

    items = topic_reader(ITEMS_RAW)
    assert len(items) == 9 and len({i.id for i in items}) == 9
    assert "青川高铁站新增夜间公交接驳线路" in _by_title(items)

    # Third consecutive failure: one source-health alert per failing source.
    alerts = topic_reader(SOURCE_HEALTH)
    assert {a.source_id for a in alerts} == {"broken", "failing", "slow", "loop", "huge"}
    assert all(a.kind is AlertKind.SOURCE_HEALTH and "连续 3 次" in a.title for a in alerts)

    engine = make_engine(settings.effective_database_url)
    factory = make_session_factory(engine)
    health = {h.source_id: h for h in HealthStore(factory).all()}
    assert health["news"].consecutive_failures == 0 and health["news"].items_total == 4
    assert health["news"].items_last_hour == 4 and health["news"].cursor.get("etag")
    assert health["failing"].consecutive_failures == 3 and "500" in (health["failing"].last_error or "")
    with factory() as session:
        assert session.scalar(select(Source.tier).where(Source.id == "messages")) == "hotline"
        assert session.get(SourceHealth, "slow") is not None
    engine.dispose()
