"""Building a normalised :class:`RawItem` from what a collector extracted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from collectors.normalize import canonical_url, clean_title, html_to_text, plain_text, published_time
from models.enums import SourceTier, SourceType
from models.messages import Engagement, RawItem, item_id_for

MAX_TEXT = 200_000


def _count(value: Any) -> int | None:
    try:
        number = int(str(value).replace(",", "").strip())
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def build_item(
    *,
    source_id: str,
    source_type: SourceType,
    tier: SourceTier,
    now: datetime,
    title: str | None,
    body_html: str | None = None,
    text: str | None = None,
    url: str | None = None,
    published: str | None = None,
    author: str | None = None,
    region: str | None = None,
    default_unit: str | None = None,
    fallback_id: str = "",
    engagement: dict[str, Any] | None = None,
    origin: str | None = None,
    index_fields: dict[str, str] | None = None,
) -> RawItem:
    """A RawItem with canonical URL, clean title/text, tz-aware published time never in the future.

    ``body_html`` is stripped of tags only when it is HTML; plain ``text`` is kept as written.
    Control characters never reach the item. The id is stable: a hash of the canonical URL, else
    of the source and ``fallback_id``.
    """
    canonical = canonical_url(url) if url else None
    clean_text = plain_text(text) if text is not None else html_to_text(body_html or "")
    title_text = clean_title(title) or clean_text[:60]
    counts = {k: _count(v) for k, v in (engagement or {}).items() if v is not None}
    return RawItem(
        id=item_id_for(source_id, canonical, fallback_id or f"{title_text}\x1f{clean_text}"),
        source_id=source_id,
        source_type=source_type,
        source_tier=tier,
        url=canonical,
        title=title_text,
        text=clean_text[:MAX_TEXT],
        published_at=published_time(published, now),
        collected_at=now,
        author=(clean_title(author)[:200] or None) if author else None,
        origin=(clean_title(origin)[:200] or None) if origin else None,
        index_fields={clean_title(k)[:40]: clean_title(v)[:200] for k, v in (index_fields or {}).items()},
        region=region,
        default_unit=default_unit,
        engagement=Engagement(**{k: v for k, v in counts.items() if v is not None}),
    )
