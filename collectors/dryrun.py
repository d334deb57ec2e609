"""``yuqing collect --dry-run --url URL``: fetch one URL once, return the items it would publish."""

from __future__ import annotations

from pydantic import TypeAdapter

from collectors.base import CollectContext
from collectors.config import HttpOptions, SourceConfig
from collectors.errors import FetchError, SourceConfigError
from collectors.registry import collector_for
from collectors.web.runner import run_crawl
from models.messages import RawItem

DRY_RUN_ID = "dry-run"


def dry_run_items(url: str, type_name: str = "rss", context: CollectContext | None = None) -> list[RawItem]:
    """Items of ``url`` as a ``type_name`` source would publish them (not de-duplicated, nothing published).

    For ``web`` the URL is one article page, fetched through the same spider and pipelines.
    """
    if type_name not in ("rss", "web", "json_api"):
        raise SourceConfigError(f"unknown source type {type_name!r}: use rss, web or json_api")
    source = TypeAdapter(SourceConfig).validate_python(
        {"id": DRY_RUN_ID, "type": type_name, "url": url, "http": HttpOptions(min_delay_s=0).model_dump()}
    )
    if type_name == "web":
        result = run_crawl(source, detail_url=url, dry_run=True, timeout_s=120)  # type: ignore[arg-type]
        if not result.items and result.errors:
            raise FetchError("; ".join(result.errors))
        return [RawItem.model_validate(i) for i in result.items]
    poll = collector_for(type_name, context or CollectContext()).poll(source, {}, conditional=False)
    return list(poll.items)
