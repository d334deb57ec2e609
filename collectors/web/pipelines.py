"""Item pipelines of the web spider: clean → dedupe → publish (or emit, for dry runs).

Components read what they need from the crawler's settings in ``from_crawler`` and switch
themselves off with ``NotConfigured``, as scrapy's own components do.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from collectors.errors import CollectorError
from collectors.items import build_item
from models.enums import SourceType
from models.messages import RawItem
from models.timeutil import utcnow

BATCH = 50


class _CrawlerAware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    @property
    def spider(self) -> Any:
        return self.crawler.spider


class CleanPipeline(_CrawlerAware):
    """Turns the spider's dict into a normalised :class:`RawItem`; drops pages without text."""

    def process_item(self, item: dict[str, Any]) -> RawItem:
        source = self.spider.source
        if not (item.get("title") or item.get("text")):
            raise DropItem(f"no title or text at {item.get('url')}")
        return build_item(
            source_id=source.id,
            source_type=SourceType.WEB,
            tier=source.tier,
            now=utcnow(),
            title=item.get("title"),
            text=item.get("text") or "",
            url=item.get("url"),
            published=item.get("published"),
            author=item.get("author"),
            origin=item.get("origin"),
            index_fields=item.get("index_fields"),
            region=source.region,
            default_unit=source.default_unit,
        )


class DedupePipeline(_CrawlerAware):
    """Drops a second item with the same id within one crawl (the sink dedupes across crawls)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._seen: set[str] = set()

    def process_item(self, item: RawItem) -> RawItem:
        if item.id in self._seen:
            raise DropItem(f"duplicate {item.url}")
        self._seen.add(item.id)
        return item


class PublishPipeline(_CrawlerAware):
    """Publishes through the spider's :class:`~collectors.sink.ItemSink` in batches (off when none)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._batch: list[RawItem] = []

    def process_item(self, item: RawItem) -> RawItem:
        if getattr(self.spider, "sink", None) is None:
            return item
        self._batch.append(item)
        if len(self._batch) >= BATCH:
            self._flush()
        return item

    def _flush(self) -> None:
        spider = self.spider
        batch, self._batch = self._batch, []
        try:
            result = spider.sink.submit(batch)
        except CollectorError as exc:
            spider.errors.append(f"publish: {exc}")
            return
        spider.published += len(result.published)

    def close_spider(self) -> None:
        if self._batch:
            self._flush()


class EmitPipeline:
    """Dry runs: writes each item as one JSON line to stdout, publishes nothing."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EmitPipeline:
        if not crawler.settings.getbool("YUQING_EMIT"):
            raise NotConfigured("not a dry run")
        return cls()

    def process_item(self, item: RawItem) -> RawItem:
        sys.stdout.write(json.dumps({"item": item.model_dump(mode="json")}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return item
