"""One web crawl in its own process: ``python -m collectors.web.child`` with a JSON job on stdin.

Each crawl gets a fresh Twisted reactor, so a long-running collector never has to restart one,
and a hostile site can at worst take down this child. The last stdout line is a JSON summary
``{"summary": {"published": n, "errors": [...], "list_pages_ok": n, ...}}``; dry runs print each
item as ``{"item": {...}}`` before it.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import TypeAdapter


def crawl_settings(source: Any, *, emit: bool) -> dict[str, Any]:
    """Scrapy settings for one source: robots.txt, AutoThrottle, per-domain concurrency, limits, retries."""
    http = source.http
    return {
        "BOT_NAME": "yuqing",
        "USER_AGENT": http.user_agent,
        "ROBOTSTXT_OBEY": source.web.obey_robots,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": max(http.min_delay_s, 0.01),
        "AUTOTHROTTLE_MAX_DELAY": max(http.min_delay_s * 10, 1.0),
        "DOWNLOAD_DELAY": http.min_delay_s,
        "CONCURRENT_REQUESTS_PER_DOMAIN": source.web.concurrency_per_domain,
        "DOWNLOAD_MAXSIZE": http.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "DOWNLOAD_TIMEOUT": http.timeout_s,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": http.retries,
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "ITEM_PIPELINES": {
            "collectors.web.pipelines.CleanPipeline": 100,
            "collectors.web.pipelines.DedupePipeline": 200,
            "collectors.web.pipelines.PublishPipeline": 300,
            "collectors.web.pipelines.EmitPipeline": 310,
        },
        "YUQING_EMIT": emit,
    }


def run(job: dict[str, Any]) -> dict[str, Any]:
    """Run the crawl described by ``job``; return the summary."""
    from scrapy.crawler import CrawlerProcess

    from collectors.config import SourceConfig
    from collectors.web.spider import ListDetailSpider

    source = TypeAdapter(SourceConfig).validate_python(job["source"])
    dry_run = bool(job.get("dry_run"))
    sink = store = producer = engine = None
    if not dry_run:
        from collectors.dedupe import DedupeStore
        from collectors.sink import ItemSink
        from yuqing.bus import BusProducer
        from yuqing.db.engine import make_engine, make_session_factory

        engine = make_engine(job["database_url"])
        store = DedupeStore(make_session_factory(engine))
        producer = BusProducer(job["bootstrap"], job.get("prefix", ""), client_id=f"collector-{source.id}")
        sink = ItemSink(producer, store)
    process = CrawlerProcess(crawl_settings(source, emit=dry_run))
    crawler = process.create_crawler(ListDetailSpider)
    process.crawl(
        crawler, source=source, known=store.known_ids if store else None, detail_url=job.get("detail_url"), sink=sink
    )
    process.start()
    spider = crawler.spider
    stats = crawler.stats.get_stats() if crawler.stats else {}
    if producer is not None:
        producer.close()
    if engine is not None:
        engine.dispose()
    return {
        "published": getattr(spider, "published", 0),
        "errors": getattr(spider, "errors", []),
        "list_pages_ok": getattr(spider, "list_pages_ok", 0),
        "skipped_known": getattr(spider, "skipped_known", 0),
        "kind": getattr(spider, "kind", None),
        "links_found": getattr(spider, "links_found", 0),
        "more_pages": getattr(spider, "more_pages", None),
        "robots_forbidden": int(stats.get("robotstxt/forbidden", 0)),
        "items": int(stats.get("item_scraped_count", 0)),
    }


def main() -> None:
    job = json.loads(sys.stdin.read())
    try:
        summary = run(job)
    except Exception as exc:  # the parent records this as the source's error
        summary = {"published": 0, "errors": [f"crawl failed: {type(exc).__name__}: {exc}"], "fatal": True}
    sys.stdout.write(json.dumps({"summary": summary}, ensure_ascii=False) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
