"""The collector protocol and the base class of the collectors that fetch one URL.

A collector turns one poll of one source into :class:`RawItem` candidates plus the cursor to keep
if they are published. It never publishes and never records anything itself: the runner passes
its result through the :class:`~collectors.sink.ItemSink` and only then stores the cursor.
Which collector polls which source type is :data:`collectors.registry.COLLECTORS`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from collectors.config import JsonApiSource, RssSource, WebSource
from collectors.fetch import FetchResult, HttpFetcher
from models.messages import RawItem
from models.timeutil import Clock, utcnow

AnySource = RssSource | WebSource | JsonApiSource


@dataclass(frozen=True)
class Poll:
    """The outcome of one poll: candidate items (not yet de-duplicated) and the next cursor."""

    items: list[RawItem]
    cursor: dict[str, Any] = field(default_factory=dict)
    not_modified: bool = False


@dataclass(frozen=True)
class CollectContext:
    """What collectors share: the HTTP fetcher and the clock."""

    fetcher: HttpFetcher = field(default_factory=HttpFetcher)
    clock: Clock = utcnow


class Collector(Protocol):
    """Polls one kind of source."""

    def poll(self, source: Any, cursor: Mapping[str, Any], *, conditional: bool = True) -> Poll:
        """Fetch the source once; raise a :class:`~collectors.errors.CollectorError` on failure."""
        ...


class FetchingCollector(ABC):
    """A collector that fetches one URL (conditional GET, cursor kept) and parses the body.

    Subclasses only parse: :meth:`parse` turns a fetched body into candidate items; ``source_type``
    names the ``type`` of the sources they poll (the key in :data:`collectors.registry.COLLECTORS`).
    """

    source_type: str

    def __init__(self, context: CollectContext) -> None:
        self._ctx = context

    def poll(self, source: Any, cursor: Mapping[str, Any], *, conditional: bool = True) -> Poll:
        result = self._ctx.fetcher.fetch(str(source.url), source.http, cursor if conditional else None)
        if result.not_modified:
            return Poll([], dict(cursor), not_modified=True)
        return Poll(self.parse(source, result), result.cursor)

    def item_fields(self, source: Any) -> dict[str, Any]:
        """What every item of ``source`` carries besides its own content (for the parsers)."""
        return {
            "source_id": source.id,
            "now": self._ctx.clock(),
            "tier": source.tier,
            "region": source.region,
            "default_unit": source.default_unit,
        }

    @abstractmethod
    def parse(self, source: Any, result: FetchResult) -> list[RawItem]:
        """The candidate items of a fetched body; raise :class:`~collectors.errors.ParseError` if malformed."""


CollectorFactory = Callable[[CollectContext], Collector]
