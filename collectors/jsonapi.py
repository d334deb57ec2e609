"""JSON API collector: a configured mapping from an endpoint's records to items."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from collectors.base import FetchingCollector
from collectors.config import JsonApiSource, JsonMapping
from collectors.encoding import decode, require_readable
from collectors.errors import ParseError
from collectors.fetch import FetchResult
from collectors.items import build_item
from models.enums import SourceTier, SourceType
from models.messages import RawItem


def _path(record: Any, path: str | None) -> Any:
    if not path:
        return None
    value = record
    for part in path.split("."):
        if isinstance(value, Mapping):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def parse_records(
    body: bytes,
    content_type: str | None,
    mapping: JsonMapping,
    *,
    source_id: str,
    now: datetime,
    tier: SourceTier = SourceTier.OTHER,
    region: str | None = None,
    default_unit: str | None = None,
) -> list[RawItem]:
    """Items of a JSON document; raise :class:`ParseError` if it is not JSON or has no record list.

    A record without id, or without both title and text, is skipped.
    """
    try:
        document = json.loads(decode(body, content_type))
    except ValueError as exc:
        raise ParseError(f"not JSON: {exc}") from exc
    records = document if not mapping.records else _path(document, mapping.records)
    if not isinstance(records, list):
        raise ParseError(f"no list of records at {mapping.records or '(document)'!r}")
    items: list[RawItem] = []
    for record in records:
        if not isinstance(record, Mapping):
            continue
        record_id = _str(_path(record, mapping.id))
        title, text = _str(_path(record, mapping.title)), _str(_path(record, mapping.text))
        if not record_id or not (title or text):
            continue
        url = _str(_path(record, mapping.url))
        if not url and mapping.url_template:
            url = mapping.url_template.format(id=record_id)
        counts = {
            name: _path(record, getattr(mapping, name)) for name in ("likes", "dislikes", "comments", "shares", "views")
        }
        items.append(
            build_item(
                source_id=source_id,
                source_type=SourceType.JSON_API,
                tier=tier,
                now=now,
                title=title,
                body_html=text,
                url=url,
                published=_str(_path(record, mapping.published)),
                author=_str(_path(record, mapping.author)),
                region=region,
                default_unit=default_unit,
                fallback_id=record_id,
                engagement=counts,
            )
        )
    require_readable("\n".join(f"{i.title}\n{i.text}" for i in items), "the JSON document")
    return items


class JsonApiCollector(FetchingCollector):
    """Polls a JSON endpoint (conditional GET when the server supports it)."""

    source_type = SourceType.JSON_API

    def parse(self, source: JsonApiSource, result: FetchResult) -> list[RawItem]:
        return parse_records(result.body, result.content_type, source.json_map, **self.item_fields(source))
