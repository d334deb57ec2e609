"""The figures a story is seen by: volume and negativity over time, places, source tiers and words.

One door for every page and brief that draws a story (the desk, an event, a 专题, leadership, the
日报/周报/专报): the caller selects the items it may show with :func:`story_items` (its own scope and
filters as SQL conditions), and the pure functions here turn those rows into series. Counts are of
stored items (a 转载 with edits is stored, so counted as an item); an item's ``copies`` are the exact
copies of its text at other addresses the collectors counted against it and did not publish
(``collected_items``), so heat is the stored items plus those copies.

Time buckets are local (Asia/Shanghai) hours or days, labelled for people, and every bucket of the
period is present (a quiet hour is a zero, not a gap).
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from models.db import CollectedItem, Item
from models.timeutil import SHANGHAI, to_local
from service.geography import dictionary_words, stopwords

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
TERM_SAMPLE = 2000
"""Titles a word cloud reads (the newest)."""
MAX_ITEMS = 50_000
"""Most recent items a chart reads; beyond it the figures say they are truncated."""


@dataclass(frozen=True)
class StoryItem:
    """What the story figures need of one stored item."""

    id: str
    title: str
    published_at: datetime
    source_id: str
    source_tier: str
    negative: bool | None
    places: tuple[str, ...]
    copies: int
    """Exact copies folded into this item (see the module docstring)."""
    event_id: int | None


@dataclass(frozen=True)
class StoryItems:
    items: list[StoryItem]
    truncated: bool
    """True when more than ``limit`` items matched (the figures cover the most recent ``limit``)."""


def story_items(
    db: Session,
    where: Sequence[ColumnElement[bool]],
    since: datetime,
    until: datetime,
    *,
    limit: int = MAX_ITEMS,
) -> StoryItems:
    """Items published in ``[since, until)`` matching every condition of ``where``, newest first.

    ``where`` carries the caller's scope (a unit user's own items) and filters (an event, a 专题's
    keywords); this function adds none of its own.
    """
    columns = (
        Item.id,
        Item.title,
        Item.published_at,
        Item.source_id,
        Item.source_tier,
        Item.negative,
        Item.places,
        Item.event_id,
    )
    query = (
        select(*columns)
        .where(Item.published_at >= since, Item.published_at < until, *where)
        .order_by(Item.published_at.desc())
        .limit(limit + 1)
    )
    rows = db.execute(query).all()
    folded = folded_copies(db, [r.id for r in rows[:limit]])
    items = [
        StoryItem(
            id=r.id,
            title=r.title,
            published_at=r.published_at,
            source_id=r.source_id,
            source_tier=r.source_tier,
            negative=r.negative,
            places=tuple(p for p in (r.places or ()) if isinstance(p, str)),
            copies=folded.get(r.id, 0),
            event_id=r.event_id,
        )
        for r in rows[:limit]
    ]
    return StoryItems(items, truncated=len(rows) > limit)


def folded_copies(db: Session, ids: Sequence[str]) -> dict[str, int]:
    """Per item id: the exact copies of its text (same text at another address) the collectors
    counted against it and did not publish; ids without any are left out."""
    out: dict[str, int] = {}
    for start in range(0, len(ids), 900):  # under every database's bound-parameter limit
        chunk = list(ids[start : start + 900])
        counted = db.execute(
            select(CollectedItem.original_id, func.count())
            .where(CollectedItem.original_id.in_(chunk), CollectedItem.published.is_(False))
            .group_by(CollectedItem.original_id)
        )
        out.update({str(original): int(n) for original, n in counted})
    return out


@dataclass(frozen=True)
class Trend:
    """Counts per local time bucket: ``labels[i]`` names bucket ``starts[i]``."""

    starts: list[datetime]
    labels: list[str]
    total: list[int]
    negative: list[int]
    heat: list[int]
    """Items plus their folded copies (转载) per bucket."""

    def negative_share(self) -> list[float | None]:
        """Share of negative items per bucket (None where a bucket is empty: no share to show)."""
        return [round(n / t, 3) if t else None for n, t in zip(self.negative, self.total, strict=True)]


MAX_BUCKETS = 2000
"""Buckets a trend has at most: a longer period gets buckets of several days (a 专题 watched for
years), so every item of the period is counted."""


def bucket_step(since: datetime, until: datetime) -> timedelta:
    """Hours for a period of up to three days, days beyond it, and several days a bucket when days
    would be more than :data:`MAX_BUCKETS`."""
    if until - since <= 3 * DAY:
        return HOUR
    days = (until - since) // DAY + 2  # the first and last local days may be partial
    return DAY * -(-days // MAX_BUCKETS)


def _floor(at: datetime, step: timedelta) -> datetime:
    local = to_local(at)
    if step >= DAY:
        return local.replace(hour=0, minute=0, second=0, microsecond=0)
    return local.replace(minute=0, second=0, microsecond=0)


def trend(items: Iterable[StoryItem], since: datetime, until: datetime, step: timedelta | None = None) -> Trend:
    """Volume, negative volume and heat of ``items`` per local hour or day (or run of days, see
    :func:`bucket_step`) of ``[since, until)``. A ``step`` given by the caller keeps at most
    :data:`MAX_BUCKETS` buckets from the start."""
    step = step or bucket_step(since, until)
    starts: list[datetime] = []
    at = _floor(since, step)
    end = to_local(until)
    while at < end and len(starts) < MAX_BUCKETS:
        starts.append(at)
        at = (at + step).astimezone(SHANGHAI)
    total, negative, heat = [0] * len(starts), [0] * len(starts), [0] * len(starts)
    for item in items:
        i = (_floor(item.published_at, step) - starts[0]) // step if starts else -1
        if not 0 <= i < len(starts):
            continue
        total[i] += 1
        heat[i] += 1 + item.copies
        if item.negative:
            negative[i] += 1
    fmt = "%m-%d %H时" if step < DAY else "%m-%d" if step == DAY else "%Y-%m-%d起"
    return Trend(starts, [s.strftime(fmt) for s in starts], total, negative, heat)


def place_counts(items: Iterable[StoryItem], known: Sequence[str] = ()) -> list[tuple[str, int]]:
    """Items per place, most first. With ``known`` (e.g. the jurisdiction's 乡镇/街道), only those
    places are counted, each known place listed even at zero."""
    counts: Counter[str] = Counter()
    wanted = set(known)
    for item in items:
        for place in set(item.places):
            if not wanted or place in wanted:
                counts[place] += 1
    for place in known:
        counts.setdefault(place, 0)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def tier_counts(items: Iterable[StoryItem]) -> list[tuple[str, int]]:
    """Items per source tier (``official``, ``mainstream``, ...), most first."""
    return Counter(item.source_tier for item in items).most_common()


def top_terms(
    items: Iterable[StoryItem],
    stopwords: frozenset[str] = frozenset(),
    k: int = 40,
    *,
    sample: int = TERM_SAMPLE,
    words: frozenset[str] = frozenset(),
) -> list[tuple[str, float]]:
    """The ``k`` most characteristic words of the items' titles, with weights: term frequency
    times the inverse document frequency of jieba's own general-news table (what
    ``jieba.analyse.extract_tags`` computes), words of one character, numbers and ``stopwords``
    (e.g. the jurisdiction's ``stopwords.txt``) left out; ``words`` (the jurisdiction's place and
    unit names) are kept whole. Only the first ``sample`` items are read (:func:`story_items` gives
    the newest first): segmenting costs ~0.1 ms a title, and a period's words are as characteristic
    in its newest 2,000 titles as in all of them."""
    counts: Counter[str] = Counter()
    idf, median = _idf()
    tokenizer = _tokenizer(words)
    for item in itertools.islice(items, sample):
        for word in tokenizer.cut(item.title):
            word = word.strip()
            if len(word) > 1 and not word.isdigit() and word not in stopwords:
                counts[word] += 1
    total = sum(counts.values())
    if not total:
        return []
    weights = {w: n / total * idf.get(w, median) for w, n in counts.items()}
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [(w, round(v, 4)) for w, v in ranked]


def jurisdiction_terms(items: Iterable[StoryItem], jurisdiction_dir: Path) -> list[tuple[str, float]]:
    """:func:`top_terms` with the jurisdiction's stopwords left out and its place and unit names
    kept whole (the 热词 of the desk, an event and a 专题)."""
    return top_terms(items, stopwords(jurisdiction_dir), words=dictionary_words(jurisdiction_dir))


@functools.lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median, loaded once per process."""
    import statistics
    from pathlib import Path

    import jieba

    idf: dict[str, float] = {}
    # Read directly: importing jieba.analyse opens this file and never closes it.
    with (Path(jieba.__file__).parent / "analyse" / "idf.txt").open(encoding="utf-8") as table:
        for line in table:
            word, _, value = line.strip().partition(" ")
            if value:
                idf[word] = float(value)
    return idf, statistics.median(idf.values())


@functools.lru_cache(maxsize=4)
def _tokenizer(words: frozenset[str]) -> Any:
    """A jieba tokenizer that keeps ``words`` whole, made once per word set (a second or so)."""
    import jieba

    jieba.setLogLevel(60)  # its dictionary-loading chatter is not ours to log
    tokenizer = jieba.Tokenizer()
    for word in sorted(words):
        tokenizer.add_word(word)
    return tokenizer
