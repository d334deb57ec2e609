"""``yuqing collect --dry-run --url URL``: fetch one URL once, return the items it would publish.

Nothing fails quietly: what went wrong is returned with the items (and the command exits
non-zero); a run that yields no item and names no error is itself an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import TypeAdapter, ValidationError

from collectors.base import CollectContext
from collectors.config import HttpOptions, SourceConfig
from collectors.errors import FetchError, SourceConfigError
from collectors.registry import collector_for
from collectors.web.runner import run_crawl
from models.messages import RawItem

DRY_RUN_ID = "dry-run"


@dataclass(frozen=True)
class DryRun:
    """What a dry run found: the items, the errors, and notes on what the page was."""

    items: list[RawItem]
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def dry_run(url: str, type_name: str = "rss", context: CollectContext | None = None) -> DryRun:
    """Items of ``url`` as a ``type_name`` source would publish them (not de-duplicated, nothing published).

    For ``web`` the URL is an article page or a list page (told apart by the page itself), fetched
    through the same spider and pipelines as a configured source. Raises
    :class:`~collectors.errors.CollectorError` when the URL yields nothing.
    """
    if type_name not in ("rss", "web", "json_api"):
        raise SourceConfigError(f"unknown source type {type_name!r}: use rss, web or json_api")
    try:
        source = TypeAdapter(SourceConfig).validate_python(
            {"id": DRY_RUN_ID, "type": type_name, "url": url, "http": HttpOptions(min_delay_s=0).model_dump()}
        )
    except ValidationError as exc:
        reasons = "; ".join(e["msg"] for e in exc.errors())
        raise SourceConfigError(
            f"cannot try {url!r}: {reasons} (give the http:// or https:// address of the source)"
        ) from exc
    if type_name == "web":
        result = run_crawl(source, detail_url=url, dry_run=True, timeout_s=120)  # type: ignore[arg-type]
        items = [RawItem.model_validate(i) for i in result.items]
        notes = []
        if result.summary.get("kind") == "list":
            notes.append(f"list page: {result.summary.get('links_found', 0)} article links; {len(items)} extracted")
            if result.summary.get("more_pages"):
                notes.append(
                    f"the list goes on at {result.summary['more_pages']}: a source with web: {{max_pages: N}}"
                    " reads N list pages a round"
                )
        if not items:
            raise FetchError("; ".join(result.errors) or f"nothing extracted from {url}")
        return DryRun(items, list(result.errors), notes)
    poll = collector_for(type_name, context or CollectContext()).poll(source, {}, conditional=False)
    if not poll.items:
        raise FetchError(f"nothing to publish from {url}: it was read as a {type_name} source but holds no items")
    return DryRun(list(poll.items))


def dry_run_items(url: str, type_name: str = "rss", context: CollectContext | None = None) -> list[RawItem]:
    """Only the items of :func:`dry_run`."""
    return dry_run(url, type_name, context).items
