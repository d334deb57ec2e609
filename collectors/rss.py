"""RSS/Atom collector: httpx fetch (conditional GET) + encoding detection + feedparser."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import feedparser

from collectors.base import FetchingCollector
from collectors.config import RssSource
from collectors.encoding import decode, require_readable, strip_xml_encoding
from collectors.errors import ParseError
from collectors.fetch import FetchResult
from collectors.items import build_item
from models.enums import SourceTier, SourceType
from models.messages import RawItem


def _entry_time(entry: Any) -> str | None:
    for key in ("published", "updated", "created", "dc_date"):
        value = entry.get(key)
        if value:
            return str(value)
    return None


def parse_feed(
    body: bytes,
    content_type: str | None,
    *,
    source_id: str,
    now: datetime,
    tier: SourceTier = SourceTier.OTHER,
    region: str | None = None,
    default_unit: str | None = None,
) -> list[RawItem]:
    """Items of an RSS/Atom document; raise :class:`ParseError` if it is not a readable feed.

    Times are parsed from the raw strings (feedparser would read a zone-less time as UTC; ours is
    Asia/Shanghai). A feed with recoverable syntax errors still yields the entries it has.
    """
    text = strip_xml_encoding(decode(body, content_type))
    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise ParseError(f"not a readable feed: {reason or 'no entries'}")
    if not parsed.get("version") and not parsed.entries:
        raise ParseError("not an RSS or Atom document")
    items: list[RawItem] = []
    for entry in parsed.entries:
        content = entry.get("content")
        body_html = content[0].get("value") if content else entry.get("summary") or entry.get("description")
        link = entry.get("link") or None
        title = entry.get("title")
        if not (title or body_html):
            continue
        items.append(
            build_item(
                source_id=source_id,
                source_type=SourceType.RSS,
                tier=tier,
                now=now,
                title=title,
                body_html=body_html,
                url=link,
                published=_entry_time(entry),
                author=entry.get("author"),
                region=region,
                default_unit=default_unit,
                fallback_id=str(entry.get("id") or ""),
            )
        )
    require_readable("\n".join(f"{i.title}\n{i.text}" for i in items), "the feed")
    return items


class RssCollector(FetchingCollector):
    """Polls an RSS/Atom feed; keeps ETag/Last-Modified in the cursor."""

    source_type = SourceType.RSS

    def parse(self, source: RssSource, result: FetchResult) -> list[RawItem]:
        return parse_feed(result.body, result.content_type, **self.item_fields(source))
