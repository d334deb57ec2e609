"""Demo content and the timeline that reveals it progressively.

Item ``k`` (0-based) of the timeline is entry ``k mod N`` of ``items.yaml`` in cycle ``k div N``;
its number ``n = k + 1`` is its id on every channel. Items of later cycles are re-posts of their
story (the text gains a dated follow-up sentence), so they are new items, near-duplicates of the
first copy, and the story's spread grows as a real one would. A backlog of items is visible at once (dated
in the recent past); after that one more item appears every ``interval_s`` seconds, dated when it
appears. Everything is a pure function of (content, start time, interval, now).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, Field, NonNegativeInt, field_validator

from models.timeutil import to_local, utcnow
from yuqing.config import load_yaml
from yuqing.settings import EXAMPLE_JURISDICTION

DEFAULT_CONTENT = EXAMPLE_JURISDICTION / "demo" / "items.yaml"
BACKLOG_SPACING = timedelta(minutes=17)
_FOLD_SPACE = re.compile(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])")


class Channel(StrEnum):
    NEWS = "news"
    FORUM = "forum"
    WEB = "web"
    MESSAGES = "messages"


class DemoEntry(BaseModel):
    """One piece of demo content as written in ``items.yaml``."""

    channel: Channel
    title: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)
    author: str = Field(min_length=1, max_length=100)
    likes: NonNegativeInt = 0

    @field_validator("text")
    @classmethod
    def _join_folded_lines(cls, value: str) -> str:
        """YAML folding joins lines with a space; Chinese text has none between characters."""
        return _FOLD_SPACE.sub("", value.strip())


class DemoContent(BaseModel):
    site_name: str
    items: list[DemoEntry] = Field(min_length=1)


def load_content(path: Path = DEFAULT_CONTENT) -> DemoContent:
    """Load and validate the demo content (raises :class:`~yuqing.errors.ConfigError` if invalid)."""
    return load_yaml(path, DemoContent)


@dataclass(frozen=True)
class DemoItem:
    n: int
    """1-based sequence number: the item's id on its channel."""
    entry: DemoEntry
    cycle: int
    published_at: datetime


FOLLOW_UPS = (
    "（{when} 更新：多位网友转发此事，称情况仍未解决，希望有关部门尽快回应。）",
    "（{when} 转载：评论区不少居民表示有同样遭遇，事件持续引发关注。）",
    "（{when} 追踪：记者回访发现问题仍在，将持续关注后续处理进展。）",
)


def _follow_up(cycle: int, published: datetime) -> str:
    """A later cycle's item is a re-post of the story (转载): same story, slightly different text."""
    when = to_local(published).strftime("%m月%d日%H:%M")
    return FOLLOW_UPS[(cycle - 1) % len(FOLLOW_UPS)].format(when=when)


class Timeline:
    """Which demo items are visible at a given time."""

    def __init__(
        self,
        content: DemoContent,
        *,
        started_at: datetime | None = None,
        interval_s: float = 20.0,
        backlog: int = 8,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        if interval_s <= 0:
            raise ValueError("interval_s must be positive")
        self.content = content
        self.clock = clock
        self.started_at = started_at or clock()
        self.interval = timedelta(seconds=interval_s)
        self.backlog = max(0, backlog)

    def count(self, now: datetime | None = None) -> int:
        """How many items are visible at ``now``."""
        elapsed = ((now or self.clock()) - self.started_at) / self.interval
        return self.backlog + max(0, math.floor(elapsed))

    def item(self, n: int) -> DemoItem:
        """Item number ``n`` (1-based), visible or not."""
        if n < 1:
            raise IndexError(n)
        k = n - 1
        entries = self.content.items
        if k < self.backlog:
            published = self.started_at - (self.backlog - k) * BACKLOG_SPACING
        else:
            published = self.started_at + (k - self.backlog + 1) * self.interval
        entry, cycle = entries[k % len(entries)], k // len(entries)
        if cycle:
            entry = entry.model_copy(update={"text": entry.text + _follow_up(cycle, published)})
        return DemoItem(n=n, entry=entry, cycle=cycle, published_at=published)

    def visible(self, channel: Channel, limit: int = 30, now: datetime | None = None) -> list[DemoItem]:
        """The newest ``limit`` visible items of ``channel``, newest first."""
        found: list[DemoItem] = []
        n = self.count(now)
        while n >= 1 and len(found) < limit:
            item = self.item(n)
            if item.entry.channel is channel:
                found.append(item)
            n -= 1
        return found

    def is_visible(self, n: int, now: datetime | None = None) -> bool:
        return 1 <= n <= self.count(now)
