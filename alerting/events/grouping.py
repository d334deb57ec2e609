"""Grouping newly stored items into events (舆情事件).

An item joins an existing open event when, in this order:

1. it is a near-duplicate copy (``duplicate_of``) of an item already in an event;
2. its SimHash is within ``simhash_distance`` bits of the event's;
3. its content is similar (cosine of bigram fingerprints ≥ ``similarity``), the places are
   compatible (the event's and the item's named places intersect, or one side names none) and the
   item falls inside the event's time window (``window_hours`` around first/last seen).

Otherwise it starts a new event. The event's summary is kept current: items, sources, first/last
seen, highest proposed grade, places, routed units, fingerprint, volume per bucket and peak.
Callers run this inside the transaction that stored the items; on SQLite that transaction already
holds the write lock, on PostgreSQL :func:`lock_grouping` serialises grouping across workers.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alerting.config import GroupingConfig
from alerting.events.similarity import absorb, fingerprint, hamming, simhash_to_int
from alerting.events.volume import add_event_volume, add_topic_volume, bucket_of
from alerting.locks import lock_grouping
from alerting.store import Incoming
from models.db import Event, EventVolume, Item
from models.enums import IncidentGrade
from models.timeutil import not_in_future

CANDIDATE_LIMIT = 2000


@dataclass
class Assignment:
    """Where one item went, and what materially changed about its event."""

    item: Incoming
    event: Event
    created: bool
    grade_up: bool = False
    new_places: tuple[str, ...] = ()
    terms: dict[str, float] = field(default_factory=dict)


def grade_severity(grade: str | None) -> int:
    return IncidentGrade(grade).severity if grade else 0


def _candidates(session: Session, since: datetime) -> list[Event]:
    stmt = (
        select(Event)
        .where(Event.merged_into_id.is_(None), Event.status != "merged", Event.last_seen_at >= since)
        .order_by(Event.last_seen_at.desc())
        .limit(CANDIDATE_LIMIT)
    )
    return list(session.scalars(stmt))


def _duplicate_events(session: Session, items: Sequence[Incoming]) -> dict[str, int]:
    wanted = {i.message.item.duplicate_of for i in items if i.message.item.duplicate_of}
    if not wanted:
        return {}
    rows = session.execute(select(Item.id, Item.event_id).where(Item.id.in_(wanted), Item.event_id.is_not(None)))
    return {item_id: event_id for item_id, event_id in rows if event_id is not None}


INDEX_TERMS = 24
"""How many of an event's (and an item's) strongest terms take part in finding candidates."""
MIN_SHARED = 2
"""Candidates share at least this many strongest terms with the item."""


class _Pool:
    """The open events an item may join, with an inverted index from strong fingerprint terms to
    events, so an item is compared only with the few events sharing several of its strongest terms
    (not with every open event). Events are keyed by object: new ones have no id until flushed."""

    def __init__(self, events: list[Event]) -> None:
        self.by_db_id: dict[int, Event] = {}
        self.objects: dict[int, Event] = {}
        self.norms: dict[int, float] = {}
        self.index: dict[str, set[int]] = {}
        for event in events:
            self.add(event)

    def add(self, event: Event) -> None:
        key = id(event)
        self.objects[key] = event
        if event.id is not None:
            self.by_db_id[event.id] = event
        terms = event.terms or {}
        self.norms[key] = math.sqrt(sum(w * w for w in terms.values()))
        for term in list(terms)[:INDEX_TERMS]:
            self.index.setdefault(term, set()).add(key)

    def sharing(self, terms: dict[str, float]) -> list[Event]:
        shared: Counter[int] = Counter()
        for term in list(terms)[:INDEX_TERMS]:
            shared.update(self.index.get(term, ()))
        return [self.objects[k] for k, n in shared.items() if n >= MIN_SHARED]

    def similarity(self, terms: dict[str, float], norm: float, event: Event) -> float:
        other: dict[str, float] = event.terms or {}
        denominator = norm * self.norms[id(event)]
        if not denominator:
            return 0.0
        return float(sum(w * other.get(t, 0.0) for t, w in terms.items()) / denominator)


class EventGrouper:
    """Assigns items to events with one configuration and an injected ``now``."""

    def __init__(self, config: GroupingConfig) -> None:
        self.config = config
        self.window = timedelta(hours=config.window_hours)

    def assign(
        self, session: Session, items: Sequence[Incoming], now: datetime, *, link_items: bool = True
    ) -> list[Assignment]:
        """Group ``items`` into events; update events and volumes.

        With ``link_items`` the items are already stored and their ``event_id`` is set here;
        without, the caller stores them afterwards with the event ids of the returned assignments.
        """
        if not items:
            return []
        lock_grouping(session)
        ordered = sorted(items, key=lambda i: i.message.item.published_at)
        earliest = not_in_future(ordered[0].message.item.published_at, now)
        pool = _Pool(_candidates(session, earliest - self.window))
        dup_events = _duplicate_events(session, items)
        placed: dict[str, Event] = {}
        out: list[Assignment] = []
        with session.no_autoflush:
            for incoming in ordered:
                out.append(self._assign_one(session, incoming, pool, dup_events, placed, now))
        session.flush()
        if link_items:
            session.execute(update(Item), [{"id": a.item.message.item.id, "event_id": a.event.id} for a in out])
        self._record_volume(session, out, now)
        return out

    # -- matching --------------------------------------------------------------------------------

    def _match(
        self,
        incoming: Incoming,
        terms: dict[str, float],
        pool: _Pool,
        dup_events: dict[str, int],
        placed: dict[str, Event],
        published: datetime,
    ) -> Event | None:
        item, c = incoming.message.item, incoming.message.classification
        if item.duplicate_of:
            if item.duplicate_of in placed:
                return placed[item.duplicate_of]
            event_id = dup_events.get(item.duplicate_of)
            if event_id is not None and event_id in pool.by_db_id:
                return pool.by_db_id[event_id]
        lo, hi = published - self.window, published + self.window
        in_window = [e for e in pool.sharing(terms) if e.first_seen_at <= hi and e.last_seen_at >= lo]
        simhash = simhash_to_int(item.simhash)
        if simhash is not None:
            for event in in_window:
                if event.simhash is not None and hamming(event.simhash, simhash) <= self.config.simhash_distance:
                    return event
        best, best_score = None, self.config.similarity
        places = set(c.places)
        norm = math.sqrt(sum(w * w for w in terms.values()))
        for event in in_window:
            if places and event.places and not places & set(event.places):
                continue
            score = pool.similarity(terms, norm, event)
            if score >= best_score:
                best, best_score = event, score
        return best

    def _assign_one(
        self,
        session: Session,
        incoming: Incoming,
        pool: _Pool,
        dup_events: dict[str, int],
        placed: dict[str, Event],
        now: datetime,
    ) -> Assignment:
        item, c = incoming.message.item, incoming.message.classification
        published = not_in_future(item.published_at, now)
        terms = fingerprint(item.title, item.text, c.places)
        event = self._match(incoming, terms, pool, dup_events, placed, published)
        created = event is None
        if event is None:
            event = Event(
                title=item.title[:1000] or item.text[:100],
                status="open",
                topic=c.topic,
                event_type=c.event_type.value,
                grade=None,
                places=[],
                lead_unit=c.lead_unit,
                co_units=[],
                sources=[],
                item_count=0,
                negative_count=0,
                first_seen_at=published,
                last_seen_at=published,
                peak_volume=0,
                simhash=simhash_to_int(item.simhash),
                terms={},
                created_at=now,
                updated_at=now,
            )
            session.add(event)
        assignment = self._update(event, incoming, terms, published, now, created)
        pool.add(event)
        placed[item.id] = event
        return assignment

    def _update(
        self,
        event: Event,
        incoming: Incoming,
        terms: dict[str, float],
        published: datetime,
        now: datetime,
        created: bool,
    ) -> Assignment:
        item, c = incoming.message.item, incoming.message.classification
        old_severity = grade_severity(event.grade)
        new_grade = c.grade.value if c.grade else None
        grade_up = grade_severity(new_grade) > old_severity
        if grade_up:
            event.grade = new_grade
        new_places = tuple(p for p in c.places if p not in (event.places or []))
        if new_places:
            event.places = [*(event.places or []), *new_places]
        if item.source_id not in (event.sources or []):
            event.sources = [*(event.sources or []), item.source_id]
        if event.lead_unit is None:
            event.lead_unit = c.lead_unit
        co = [u for u in (*c.co_units, *([c.lead_unit] if c.lead_unit else [])) if u and u != event.lead_unit]
        missing = [u for u in dict.fromkeys(co) if u not in (event.co_units or [])]
        if missing:
            event.co_units = [*(event.co_units or []), *missing]
        event.item_count = (event.item_count or 0) + 1
        event.negative_count = (event.negative_count or 0) + (1 if c.negative else 0)
        event.first_seen_at = min(event.first_seen_at, published)
        event.last_seen_at = max(event.last_seen_at, published)
        event.terms = absorb(event.terms or {}, terms, items=event.item_count - 1)
        event.updated_at = now
        return Assignment(
            item=incoming,
            event=event,
            created=created,
            grade_up=grade_up,
            new_places=() if created else new_places,
            terms=terms,
        )

    # -- volume --------------------------------------------------------------------------------

    def _record_volume(self, session: Session, assignments: Sequence[Assignment], now: datetime) -> None:
        minutes = self.config.bucket_minutes
        per_event: Counter[tuple[int, datetime]] = Counter()
        per_topic: Counter[tuple[str, datetime]] = Counter()
        for a in assignments:
            bucket = bucket_of(not_in_future(a.item.message.item.published_at, now), minutes)
            per_event[(a.event.id, bucket)] += 1
            per_topic[(a.item.message.classification.topic, bucket)] += 1
        add_event_volume(session, per_event)
        add_topic_volume(session, per_topic)
        touched = {a.event.id: a.event for a in assignments}
        peaks = session.execute(
            select(EventVolume.event_id, EventVolume.bucket_start, EventVolume.count)
            .where(EventVolume.event_id.in_(touched))
            .order_by(EventVolume.event_id, EventVolume.count.desc(), EventVolume.bucket_start)
        )
        seen: set[int] = set()
        for event_id, bucket, count in peaks:
            if event_id in seen:
                continue
            seen.add(event_id)
            event = touched[event_id]
            event.peak_at, event.peak_volume = bucket, count
