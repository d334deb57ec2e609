"""The one way items leave the collectors: de-duplicate, publish to ``items.raw``, flush, record.

Order matters for "no loss, no duplicates": the dedupe state is written only after the broker
acknowledged every item of the batch. A crash before the flush publishes the batch again on the
next poll (consumers are idempotent by item id); after the commit, nothing is published twice.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from collectors.dedupe import DedupeStore, Judgement
from collectors.errors import PublishError
from models.messages import RawItem
from models.topics import ITEMS_RAW
from yuqing.bus import BusProducer
from yuqing.errors import YuqingError


@dataclass(frozen=True)
class SinkResult:
    published: list[RawItem]
    copies: int
    known: int


class ItemSink:
    """Thread-safe: batches from several source workers are judged and published one at a time."""

    def __init__(self, producer: BusProducer, store: DedupeStore) -> None:
        self._producer = producer
        self._store = store
        self._lock = threading.Lock()

    def submit(self, items: Sequence[RawItem]) -> SinkResult:
        """Publish the new items of ``items``; raise :class:`PublishError` if not all were acknowledged."""
        with self._lock:
            verdict: Judgement = self._store.judge(items)
            try:
                for item in verdict.publish:
                    self._producer.publish(ITEMS_RAW, item)
                self._producer.flush()
            except YuqingError as exc:
                raise PublishError(f"publishing to {ITEMS_RAW.name} failed: {exc}") from exc
            self._store.commit(verdict)
        return SinkResult(verdict.publish, len(verdict.copies), len(verdict.known))
