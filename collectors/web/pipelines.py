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
from scrapy.spiders import Spider

from collectors.errors import CollectorError
from collectors.items import build_item
from models.enums import SourceType
from models.messages import RawItem
from models.timeutil import utcnow

BATCH = 50


class CleanPipeline:
    """Turns the spider's dict into a normalised :class:`RawItem`; drops pages without text."""

    def process_item(self, item: dict[str, Any], spider: Spider) -> RawItem:
        source = spider.source  # type: ignore[attr-defined]
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
            region=source.region,
            default_unit=source.default_unit,
        )


class DedupePipeline:
    """Drops a second item with the same id within one crawl (the sink dedupes across crawls)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def process_item(self, item: RawItem, spider: Spider) -> RawItem:
        if item.id in self._seen:
            raise DropItem(f"duplicate {item.url}")
        self._seen.add(item.id)
        return item


class PublishPipeline:
    """Publishes through the spider's :class:`~collectors.sink.ItemSink` in batches (off when none)."""

    def __init__(self) -> None:
        self._sink: Any = None
        self._batch: list[RawItem] = []

    def open_spider(self, spider: Spider) -> None:
        self._sink = getattr(spider, "sink", None)

    def process_item(self, item: RawItem, spider: Spider) -> RawItem:
        if self._sink is None:
            return item
        self._batch.append(item)
        if len(self._batch) >= BATCH:
            self._flush(spider)
        return item

    def _flush(self, spider: Spider) -> None:
        batch, self._batch = self._batch, []
        try:
            result = self._sink.submit(batch)
        except CollectorError as exc:
            spider.errors.append(f"publish: {exc}")  # type: ignore[attr-defined]
            return
        spider.published += len(result.published)  # type: ignore[attr-defined]

    def close_spider(self, spider: Spider) -> None:
        if self._batch:
            self._flush(spider)


class EmitPipeline:
    """Dry runs: writes each item as one JSON line to stdout, publishes nothing."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EmitPipeline:
        if not crawler.settings.getbool("YUQING_EMIT"):
            raise NotConfigured("not a dry run")
        return cls()

    def process_item(self, item: RawItem, spider: Spider) -> RawItem:
        sys.stdout.write(json.dumps({"item": item.model_dump(mode="json")}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return item
