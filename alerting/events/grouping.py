"""Grouping newly stored items into events (舆情事件), with no lock shared by all workers.

An item joins an existing open event when, in this order:

1. it is a near-duplicate copy (``duplicate_of``) of an item already in an event;
2. its SimHash is within ``simhash_distance`` bits of the event's (the closest);
3. its content is similar (cosine of bigram fingerprints ≥ ``similarity``), the places are
   compatible (the event's and the item's named places intersect, or one side names none) and the
   item falls inside the event's time window (``window_hours`` around first/last seen); a reply
   (:func:`~alerting.events.replies.is_reply`: an official or mainstream item whose title says it answers) needs only
   ``reply_similarity`` to an event that names one of its places.

Otherwise it starts a new event. The event's summary is kept current: items, sources, first/last
seen, highest proposed grade, places, routed units, fingerprint (the centroid of its items), volume
per bucket and peak.

How a batch is grouped (one transaction, the caller's):

* the worker's in-memory mirror of the open events is brought up to date
  (:class:`~alerting.events.pool.OpenEvents`, one small query) and the whole batch is matched
  against it at once (:func:`~alerting.events.matcher.match_batch`, two sparse products);
* only the existing events the batch joins are locked (row locks in id order,
  :func:`~alerting.locks.lock_events`) and re-read, so their counts, places and grade are updated
  from their committed state even if another worker changed them since the mirror was read;
* new events are inserted, volumes upserted (the returned counts give the peaks), joined events
  updated in one statement.

Two workers may still each create an event for one incident at the same moment (neither sees the
other's before it commits); :mod:`alerting.events.reconcile` finds and merges such twins before any
alert is raised for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

import numpy as np
from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from alerting.bulk import insert_many, update_many
from alerting.config import GroupingConfig
from alerting.events.centroids import top_terms
from alerting.events.matcher import BatchItem, PoolSide, match_batch
from alerting.events.pool import OpenEvents, PoolEvent, pool_vectors, rows_matrix, terms_vector
from alerting.events.replies import is_reply
from alerting.events.similarity import batch_bigram_counts, rarity, reweighted, simhash_to_int
from alerting.events.state import grade_severity
from alerting.events.volume import add_event_volume, add_topic_volume, bucket_of
from alerting.locks import WaitClock, lock_events, lock_topic_buckets
from alerting.store import Incoming
from alerting.upsert import among
from models.db import Event, Item
from models.timeutil import not_in_future

REFRESH_AGE_S = 2.0
"""Grouping uses the mirror as the previous batch's reconciliation left it if that is this recent."""


@dataclass
class Grouped:
    """The outcome of grouping one batch."""

    event_of: dict[str, int] = field(default_factory=dict)
    """item id → event id"""
    created: list[int] = field(default_factory=list)
    """events this batch created"""
    changes: dict[str, tuple[bool, tuple[str, ...]]] = field(default_factory=dict)
    """item id → (grade went up, new places) on joining"""


@dataclass
class _Draft:
    """An event being updated by a batch (an existing event's committed state, or a new one)."""

    id: int | None
    title: str
    topic: str | None
    event_type: str | None
    grade: str | None
    places: list[str]
    lead_unit: str | None
    co_units: list[str]
    sources: list[str]
    item_count: int
    negative_count: int
    first: datetime
    last: datetime
    peak_at: datetime | None
    peak_volume: int
    simhash: int | None
    base: tuple[np.ndarray, np.ndarray]
    """the stored fingerprint's unit vector (weight ``item_count`` before the batch)"""
    base_count: int
    members: list[int] = field(default_factory=list)
    terms: dict[str, float] = field(default_factory=dict)
    vector: tuple[np.ndarray, np.ndarray] = (np.empty(0, np.int32), np.empty(0, np.float64))


_LOCK_COLUMNS = (
    Event.merged_into_id,
    Event.title,
    Event.topic,
    Event.event_type,
    Event.grade,
    Event.places,
    Event.lead_unit,
    Event.co_units,
    Event.sources,
    Event.item_count,
    Event.negative_count,
    Event.first_seen_at,
    Event.last_seen_at,
    Event.peak_at,
    Event.peak_volume,
    Event.simhash,
    Event.updated_at,
)


class EventGrouper:
    """Assigns items to events with one configuration, one worker's mirror of the open events."""

    def __init__(self, config: GroupingConfig, pool: OpenEvents | None = None) -> None:
        self.config = config
        self.window = timedelta(hours=config.window_hours)
        self.pool = pool or OpenEvents()
        self.waits = WaitClock()

    def since(self, items: Sequence[Incoming], now: datetime) -> datetime:
        earliest = min(not_in_future(i.message.item.published_at, now) for i in items)
        return earliest - self.window

    def assign(
        self,
        session: Session,
        items: Sequence[Incoming],
        now: datetime,
        store: Callable[[dict[str, int]], None] = lambda _event_of: None,
    ) -> Grouped:
        """Group ``items`` (not grouped before). ``store(event_of)`` is called once every item's
        event is known and before any existing event is locked, to store or link the items: the
        row locks other workers may wait for are then held only for the last statements."""
        out = Grouped()
        if not items:
            return out
        ordered = sorted(items, key=lambda i: i.message.item.published_at)
        published = [not_in_future(i.message.item.published_at, now) for i in ordered]
        since = min(published) - self.window
        self.pool.refresh(session, since, max_age_s=REFRESH_AGE_S)
        events = self.pool.snapshot(since)
        slots, vectors = self._match(session, ordered, published, events)
        m = len(events)
        members: dict[int, list[int]] = {}
        for k, slot in enumerate(slots):
            members.setdefault(slot, []).append(k)
        new = self._new_drafts(ordered, published, members, m)
        self._settle(new, ordered, published, vectors, out)
        self._insert(session, new, published, out, now)
        out.event_of = {
            ordered[k].message.id: (events[s].id if s < m else new[s].id)  # type: ignore[misc]
            for k, s in enumerate(slots)
        }
        store(out.event_of)
        joined = self._lock_joined(session, events, [s for s in members if s < m], members)
        self._settle(joined, ordered, published, vectors, out)
        self._finish(session, joined, new, published, slots, now)
        return out

    def _settle(
        self,
        drafts: dict[int, _Draft],
        ordered: Sequence[Incoming],
        published: Sequence[datetime],
        vectors: Sequence[tuple[np.ndarray, np.ndarray]],
        out: Grouped,
    ) -> None:
        """Apply each draft's items (summary and fingerprint); ``published``: each item's time, not
        in the future."""
        for draft in drafts.values():
            self._apply(draft, ordered, published, out)
        self._centroids(list(drafts.values()), vectors)

    # -- matching ----------------------------------------------------------------------------------

    def _match(
        self, session: Session, ordered: Sequence[Incoming], published: Sequence[datetime], events: list[PoolEvent]
    ) -> tuple[list[int], list[tuple[np.ndarray, np.ndarray]]]:
        """The slot of each item (see :func:`match_batch`) and the items' unit fingerprints."""
        vocab = self.pool.vocab
        docs = [(i.message.item.title, i.message.item.text, i.message.classification.places) for i in ordered]
        vectors = [_unit(cols, counts) for cols, counts in batch_bigram_counts(docs, vocab.ids)]
        batch: list[BatchItem] = []
        index_of = {inc.message.id: k for k, inc in enumerate(ordered)}
        slot_of_event = {e.id: s for s, e in enumerate(events)}
        originals = self._original_events(session, ordered, index_of)
        for k, incoming in enumerate(ordered):
            item, c = incoming.message.item, incoming.message.classification
            copy_item = index_of.get(item.duplicate_of) if item.duplicate_of else None
            copy_event = slot_of_event.get(originals.get(item.duplicate_of, -1)) if item.duplicate_of else None
            batch.append(
                BatchItem(
                    published=published[k].timestamp(),
                    places=frozenset(c.places),
                    simhash=simhash_to_int(item.simhash),
                    copy_of_item=copy_item if copy_item is not None and copy_item < k else None,
                    copy_of_event=copy_event,
                    reply_similarity=self.config.reply_similarity if is_reply(item) else None,
                    title=item.title,
                    graded=c.grade is not None,
                )
            )
        width = len(vocab)
        side = PoolSide(
            vectors=rows_matrix(pool_vectors(events, self.config.weighting), width),
            first=np.array([e.first for e in events], dtype=np.float64),
            last=np.array([e.last for e in events], dtype=np.float64),
            places=[e.places for e in events],
            simhash=[e.simhash for e in events],
            item_count=np.array([e.item_count if e.cols.size else 0 for e in events], dtype=np.float64),
            titles=[e.title for e in events],
            graded=[e.graded for e in events],
        )
        items_matrix = rows_matrix(vectors, width)
        if self.config.weighting == "idf":  # the items' terms by their rarity among the open events and the batch
            cols = items_matrix.indices.astype(np.int64)
            # each term counted within the batch (np.unique: the batch's size, not the vocabulary's)
            _unique, where, in_batch = np.unique(cols, return_inverse=True, return_counts=True)
            df = self.pool.rarity.held(cols) + in_batch[where]
            items_matrix = reweighted(items_matrix, rarity(df, self.pool.rarity.docs + len(vectors)))
        slots = match_batch(
            batch,
            items_matrix,
            side,
            similarity=self.config.similarity,
            simhash_distance=self.config.simhash_distance,
            window_s=self.window.total_seconds(),
            incident_similarity=self.config.incident_similarity,
        )
        return slots, vectors

    def _original_events(self, session: Session, ordered: Sequence[Incoming], index: dict[str, int]) -> dict[str, int]:
        wanted = sorted({i.message.item.duplicate_of for i in ordered if i.message.item.duplicate_of} - set(index))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 1000):
            stmt = select(Item.id, Item.event_id).where(among(session, Item.id, wanted[start : start + 1000]))
            found.update({i: e for i, e in session.execute(stmt) if e is not None})
        return found

    # -- updating ------------------------------------------------------------------------------------

    def _new_drafts(
        self, ordered: Sequence[Incoming], at: Sequence[datetime], members: dict[int, list[int]], m: int
    ) -> dict[int, _Draft]:
        """A draft per new slot, started from its first item."""
        drafts: dict[int, _Draft] = {}
        for s in sorted(x for x in members if x >= m):
            item, c = ordered[members[s][0]].message.item, ordered[members[s][0]].message.classification
            published = at[members[s][0]]
            empty = (np.empty(0, np.int32), np.empty(0, np.float64))
            drafts[s] = _Draft(
                None, item.title[:1000] or item.text[:100], c.topic, c.event_type.value, None, [], c.lead_unit,
                [], [], 0, 0, published, published, None, 0, simhash_to_int(item.simhash), empty, 0, members[s],
            )  # fmt: skip
        return drafts

    def _lock_joined(
        self, session: Session, events: list[PoolEvent], joined: list[int], members: dict[int, list[int]]
    ) -> dict[int, _Draft]:
        """Drafts of the existing events the batch joins, locked and read as committed."""
        rows = lock_events(session, [events[s].id for s in joined], _LOCK_COLUMNS, self.waits)
        merged = {r.id for r in rows.values() if r.merged_into_id is not None}
        missing = {events[s].id for s in joined} - set(rows)
        if merged or missing:
            raise StaleEvents(sorted(merged | missing))
        changed = [
            e.id for e in (events[s] for s in joined) if e.marker != (rows[e.id].item_count, rows[e.id].updated_at)
        ]
        fresh_terms = self._terms(session, changed)
        drafts: dict[int, _Draft] = {}
        for s in sorted(joined):
            event, row = events[s], rows[events[s].id]
            base = fresh_terms.get(event.id, (event.cols, event.vals))
            drafts[s] = _Draft(
                row.id, row.title, row.topic, row.event_type, row.grade, list(row.places or []), row.lead_unit,
                list(row.co_units or []), list(row.sources or []), row.item_count, row.negative_count,
                row.first_seen_at, row.last_seen_at, row.peak_at, row.peak_volume, row.simhash, base,
                row.item_count if base[0].size else 0, members[s],
            )  # fmt: skip
        return drafts

    def _terms(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        if not ids:
            return {}
        rows = session.execute(select(Event.id, Event.terms).where(among(session, Event.id, list(ids))))
        return {i: terms_vector(self.pool.vocab, terms or {}) for i, terms in rows}

    def _apply(self, draft: _Draft, ordered: Sequence[Incoming], published: Sequence[datetime], out: Grouped) -> None:
        """Apply the draft's items to its summary, recording in ``out`` what changed on each joining."""
        for k in draft.members:
            item, c = ordered[k].message.item, ordered[k].message.classification
            new_grade = c.grade.value if c.grade else None
            grade_up = grade_severity(new_grade) > grade_severity(draft.grade)
            if grade_up:
                draft.grade = new_grade
            new_places = tuple(p for p in dict.fromkeys(c.places) if p not in draft.places)
            draft.places.extend(new_places)
            if item.source_id not in draft.sources:
                draft.sources.append(item.source_id)
            if draft.lead_unit is None:
                draft.lead_unit = c.lead_unit
            co = [u for u in (*c.co_units, *([c.lead_unit] if c.lead_unit else [])) if u and u != draft.lead_unit]
            draft.co_units.extend(u for u in dict.fromkeys(co) if u not in draft.co_units)
            draft.item_count += 1
            draft.negative_count += 1 if c.negative else 0
            draft.first = min(draft.first, published[k])
            draft.last = max(draft.last, published[k])
            out.changes[item.id] = (grade_up, new_places)

    def _centroids(self, drafts: Sequence[_Draft], vectors: Sequence[tuple[np.ndarray, np.ndarray]]) -> None:
        """Each draft's fingerprint: its stored one weighted by its earlier item count, plus each new
        item's unit fingerprint (:func:`~alerting.events.centroids.top_terms`, as stored), and its
        unit vector for the mirror."""
        groups = [[(d.base[0], d.base[1] * d.base_count), *(vectors[k] for k in d.members)] for d in drafts]
        tops = top_terms(groups)
        names = self.pool.vocab.terms(np.concatenate([cols for cols, _ in tops]).tolist()) if tops else []
        at = 0
        for draft, (cols, weights) in zip(drafts, tops, strict=True):
            draft.terms = dict(zip(names[at : at + cols.size], weights.tolist(), strict=True))
            at += cols.size
            norm = float(np.sqrt(weights @ weights))
            draft.vector = (cols, weights / norm if norm else weights)

    # -- storing -------------------------------------------------------------------------------------

    def _insert(
        self,
        session: Session,
        new: dict[int, _Draft],
        published: Sequence[datetime],
        out: Grouped,
        now: datetime,
    ) -> None:
        """Insert the new events (their volume is this batch's, so their peak is known already)."""
        if not new:
            return
        minutes = self.config.bucket_minutes
        for draft in new.values():
            per_bucket = Counter(bucket_of(published[k], minutes) for k in draft.members)
            draft.peak_volume, draft.peak_at = max(
                ((n, b) for b, n in per_bucket.items()), key=lambda nb: (nb[0], -nb[1].timestamp())
            )
        slots_in_order = sorted(new)
        table = cast(Table, Event.__table__)
        rows = [self._row(new[s], now, new=True) for s in slots_in_order]
        if session.get_bind().dialect.name == "postgresql":  # one statement of arrays
            ids = insert_many(session, table, rows, returning="id")
        else:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = [i for (i,) in session.execute(stmt, rows)]
        for s, event_id in zip(slots_in_order, ids, strict=True):
            new[s].id = event_id
            out.created.append(event_id)

    def _finish(
        self,
        session: Session,
        joined: dict[int, _Draft],
        new: dict[int, _Draft],
        published: Sequence[datetime],
        slots: list[int],
        now: datetime,
    ) -> None:
        """Count volumes (the returned counts give the joined events' peaks), update the joined
        events, and record every touched event in the mirror."""
        minutes = self.config.bucket_minutes
        drafts = {**joined, **new}
        buckets = [bucket_of(at, minutes) for at in published]
        per_event: Counter[tuple[int, datetime]] = Counter(
            (cast(int, drafts[s].id), b) for s, b in zip(slots, buckets, strict=True)
        )
        counted = add_event_volume(session, dict(sorted(per_event.items())), returning=True)  # id order
        by_id = {d.id: d for d in joined.values()}
        for event_id, bucket, count in counted:
            draft = by_id.get(event_id)
            if draft is None:
                continue
            earlier = draft.peak_at is None or bucket < draft.peak_at
            if count > draft.peak_volume or (count == draft.peak_volume and earlier):
                draft.peak_volume, draft.peak_at = count, bucket
        if joined:
            table = cast(Table, Event.__table__)
            rows = [{"id": d.id, **self._row(d, now, new=False)} for d in joined.values()]
            if session.get_bind().dialect.name == "postgresql":  # one statement of arrays
                update_many(session, table, "id", rows)
            else:
                stmt = update(table).where(table.c.id == bindparam("b_id"))
                session.execute(stmt, [{"b_id": r.pop("id"), **r} for r in rows])
        for draft in drafts.values():
            assert draft.id is not None
            self.pool.put(
                draft.id, draft.first, draft.last, draft.places, draft.simhash, draft.item_count, now, draft.vector,
                draft.title, graded=draft.grade is not None,
            )  # fmt: skip

    def record_topic_volume(self, session: Session, items: Sequence[Incoming], now: datetime) -> None:
        """Count ``items`` in their topics' volume buckets. Every worker adds to the same few topic
        rows, so callers do this last in the transaction (the row locks are then held only while
        it commits), and rows go in sorted order (two workers never deadlock on them)."""
        minutes = self.config.bucket_minutes
        counts = Counter(
            (i.message.classification.topic, bucket_of(not_in_future(i.message.item.published_at, now), minutes))
            for i in items
        )
        rows = dict(sorted(counts.items()))
        lock_topic_buckets(session, list(rows), self.waits)
        add_topic_volume(session, rows)

    @staticmethod
    def _row(draft: _Draft, now: datetime, *, new: bool) -> dict[str, Any]:
        row: dict[str, Any] = {
            "grade": draft.grade,
            "places": draft.places,
            "lead_unit": draft.lead_unit,
            "co_units": draft.co_units,
            "sources": draft.sources,
            "item_count": draft.item_count,
            "negative_count": draft.negative_count,
            "first_seen_at": draft.first,
            "last_seen_at": draft.last,
            "peak_at": draft.peak_at,
            "peak_volume": draft.peak_volume,
            "terms": draft.terms,
            "updated_at": now,
        }
        if new:
            row.update(
                title=draft.title,
                status="open",
                topic=draft.topic,
                event_type=draft.event_type,
                simhash=draft.simhash,
                created_at=now,
            )
        return row


def _unit(cols: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    values = counts.astype(np.float64)
    norm = float(np.sqrt(values @ values)) if values.size else 0.0
    return cols, (values / norm if norm else values)


class StaleEvents(Exception):
    """Events the batch was about to join were merged (or removed) since the mirror was read: the
    batch must be grouped again (the caller refreshes and retries)."""

    def __init__(self, ids: Sequence[int]) -> None:
        super().__init__(f"events changed under the batch: {list(ids)[:10]}")
        self.ids = list(ids)
