"""Runs every configured source, each in its own worker thread, isolated from the others.

A source's poll never raises out of :meth:`CollectRunner.poll_source`: every failure is recorded
with the source (and may raise a source-health alert). A slow source only occupies its own
worker; a source is never polled twice at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from collectors.base import AnySource, CollectContext
from collectors.config import WebSource
from collectors.errors import CollectorError, FetchError, Stopped
from collectors.health import HealthStore
from collectors.registry import collector_for
from collectors.sink import ItemSink
from collectors.web.runner import CrawlResult

log = logging.getLogger(__name__)
Crawl = Callable[[WebSource], CrawlResult]


@dataclass(frozen=True)
class SourceOutcome:
    """What one poll of one source did."""

    source_id: str
    ok: bool
    published: int = 0
    not_modified: bool = False
    error: str | None = None
    seconds: float = 0.0


class CollectRunner:
    """Polls sources through their collectors into the sink, recording health after each poll."""

    def __init__(
        self,
        sources: Sequence[AnySource],
        *,
        sink: ItemSink,
        health: HealthStore,
        context: CollectContext,
        crawl: Crawl,
        max_workers: int = 8,
    ) -> None:
        self.sources = [s for s in sources if s.enabled]
        self._sink = sink
        self._health = health
        self._ctx = context
        self._crawl = crawl
        self._max_workers = max(1, min(max_workers, len(self.sources) or 1))

    def poll_source(self, source: AnySource) -> SourceOutcome:
        """Poll ``source`` once; record success or failure. Never raises."""
        started = time.monotonic()
        try:
            outcome = self._poll(source)
        except Stopped as exc:
            outcome = SourceOutcome(source.id, False, error=str(exc))
        except CollectorError as exc:
            outcome = SourceOutcome(source.id, False, error=f"{type(exc).__name__}: {exc}")
            self._record_failure(source.id, exc)
        except Exception as exc:  # a bug or an unexpected library error must not stop other sources
            log.exception("source %s failed unexpectedly", source.id)
            outcome = SourceOutcome(source.id, False, error=f"{type(exc).__name__}: {exc}")
            self._record_failure(source.id, exc)
        return SourceOutcome(**{**outcome.__dict__, "seconds": time.monotonic() - started})

    def _record_failure(self, source_id: str, exc: BaseException) -> None:
        try:
            self._health.failure(source_id, exc)
        except Exception:
            log.exception("cannot record the failure of source %s", source_id)

    def _poll(self, source: AnySource) -> SourceOutcome:
        if isinstance(source, WebSource):
            result = self._crawl(source)
            if result.list_pages_ok == 0:
                raise FetchError(result.errors[0] if result.errors else f"no response from the list page {source.url}")
            warning = None
            if result.errors:
                warning = f"{len(result.errors)} pages failed, first: {result.errors[0]}"
                log.warning("source %s: %s", source.id, warning)
            self._health.success(source.id, published=result.published, cursor={}, warning=warning)
            return SourceOutcome(source.id, True, published=result.published)
        cursor = self._health.cursor(source.id)
        poll = collector_for(source.type, self._ctx).poll(source, cursor)
        published = 0
        if poll.items:
            published = len(self._sink.submit(poll.items).published)
        # The cursor moves only after the items are acknowledged and recorded.
        self._health.success(source.id, published=published, cursor=poll.cursor)
        return SourceOutcome(source.id, True, published=published, not_modified=poll.not_modified)

    def run_once(self) -> list[SourceOutcome]:
        """Poll every source once, concurrently; return their outcomes in configuration order."""
        with ThreadPoolExecutor(self._max_workers, thread_name_prefix="collect") as pool:
            return list(pool.map(self.poll_source, self.sources))

    def run_forever(self, stop: threading.Event, on_outcome: Callable[[SourceOutcome], None] | None = None) -> None:
        """Poll each source every ``interval_s`` until ``stop`` is set."""
        due = dict.fromkeys((s.id for s in self.sources), time.monotonic())
        running: dict[str, Future[SourceOutcome]] = {}
        by_id = {s.id: s for s in self.sources}
        with ThreadPoolExecutor(self._max_workers, thread_name_prefix="collect") as pool:
            while not stop.is_set():
                now = time.monotonic()
                for source_id, future in list(running.items()):
                    if future.done():
                        del running[source_id]
                        due[source_id] = time.monotonic() + by_id[source_id].interval_s
                        if on_outcome is not None:
                            on_outcome(future.result())
                for source_id, when in due.items():
                    if when <= now and source_id not in running:
                        running[source_id] = pool.submit(self.poll_source, by_id[source_id])
                idle = [due[s] for s in due if s not in running]
                stop.wait(max(0.05, min([*idle, now + 1.0]) - time.monotonic()))
