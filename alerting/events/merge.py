"""The desk's corrections of grouping: merge events into one, split items off into a new event.

Both recompute the summaries of the events involved from their items (and their per-bucket volume),
and write an :class:`~models.db.AuditRecord` (who, what, when). A merged event is kept, marked
``status="merged"`` with ``merged_into_id`` set, so links to it still resolve.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from alerting.errors import EventNotFound, InvalidGrouping
from alerting.events.similarity import absorb, fingerprint
from alerting.events.state import grade_severity
from alerting.events.volume import add_event_volume, bucket_of
from alerting.locks import lock_events
from models.db import AuditRecord, Event, EventVolume, Item


def _open_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id, with_for_update=True)
    if event is None or event.merged_into_id is not None or event.status == "merged":
        raise EventNotFound(f"event {event_id} does not exist or was merged into another")
    return event


def recompute(session: Session, event: Event, now: datetime, bucket_minutes: int = 10) -> None:
    """Rebuild ``event``'s summary and volume from the items that belong to it now."""
    items = list(session.scalars(select(Item).where(Item.event_id == event.id).order_by(Item.published_at)))
    session.execute(delete(EventVolume).where(EventVolume.event_id == event.id))
    if not items:
        event.item_count = event.negative_count = event.peak_volume = 0
        event.updated_at = now
        return
    terms: dict[str, float] = {}
    places: list[str] = []
    units: list[str] = []
    volume: Counter[tuple[int, datetime]] = Counter()
    grade = None
    for n, item in enumerate(items):
        terms = absorb(terms, fingerprint(item.title, item.text, item.places or []), items=n)
        places += [p for p in item.places or [] if p not in places]
        units += [u for u in (item.lead_unit, *(item.co_units or [])) if u and u not in units]
        if grade_severity(item.grade) > grade_severity(grade):
            grade = item.grade
        volume[(event.id, bucket_of(item.published_at, bucket_minutes))] += 1
    event.title = items[0].title
    event.item_count = len(items)
    event.negative_count = sum(1 for i in items if i.negative)
    event.sources = list(dict.fromkeys(i.source_id for i in items))
    event.first_seen_at = items[0].published_at
    event.last_seen_at = items[-1].published_at
    event.grade = grade
    event.places = places
    event.lead_unit = event.lead_unit if event.lead_unit in units else (units[0] if units else None)
    event.co_units = [u for u in units if u != event.lead_unit]
    event.terms = terms
    event.simhash = items[0].simhash
    (_, peak_bucket), peak = max(volume.items(), key=lambda kv: (kv[1], -kv[0][1].timestamp()))
    event.peak_at, event.peak_volume = peak_bucket, peak
    event.updated_at = now
    session.flush()
    add_event_volume(session, volume)


def merge_events(
    session: Session,
    target_id: int,
    source_ids: Sequence[int],
    actor: str,
    now: datetime,
    *,
    bucket_minutes: int = 10,
    reason: str | None = None,
) -> Event:
    """Move every item of ``source_ids`` into ``target_id``; the sources become ``merged``.

    The events are locked in id order first (as the alerting workers lock them), so a desk merge
    and a worker never deadlock. ``reason`` is recorded (``reconcile`` for the alerting stage's own
    merges of twin events)."""
    sources = [s for s in dict.fromkeys(source_ids) if s != target_id]
    if not sources:
        raise InvalidGrouping("merge needs at least one event other than the target")
    lock_events(session, [target_id, *sources], (Event.merged_into_id,))
    target = _open_event(session, target_id)
    merged = [_open_event(session, s) for s in sources]
    session.execute(update(Item).where(Item.event_id.in_(sources)).values(event_id=target_id))
    for event in merged:
        event.status = "merged"
        event.merged_into_id = target_id
        event.updated_at = now
        recompute(session, event, now, bucket_minutes)
        session.add(
            AuditRecord(
                at=now,
                actor=actor,
                action="event.merged_into",
                target_type="event",
                target_id=str(event.id),
                detail={"into": target_id, **({"reason": reason} if reason else {})},
            )
        )
    recompute(session, target, now, bucket_minutes)
    detail: dict[str, object] = {"sources": sources, "item_count": target.item_count}
    if reason:
        detail["reason"] = reason
    session.add(
        AuditRecord(
            at=now,
            actor=actor,
            action="event.merge",
            target_type="event",
            target_id=str(target_id),
            detail=detail,
        )
    )
    return target


def split_event(session: Session, event_id: int, item_ids: Sequence[str], actor: str, now: datetime) -> Event:
    """Move ``item_ids`` (all of ``event_id``) into a new event and return it."""
    event = _open_event(session, event_id)
    wanted = list(dict.fromkeys(item_ids))
    found = set(session.scalars(select(Item.id).where(Item.id.in_(wanted), Item.event_id == event_id)))
    missing = [i for i in wanted if i not in found]
    if missing or not wanted:
        raise InvalidGrouping(f"items not in event {event_id}: {missing or 'none given'}")
    if len(found) == event.item_count:
        raise InvalidGrouping("a split must leave at least one item in the original event")
    new = Event(
        title=event.title,
        status="open",
        topic=event.topic,
        event_type=event.event_type,
        places=[],
        co_units=[],
        sources=[],
        item_count=0,
        negative_count=0,
        first_seen_at=now,
        last_seen_at=now,
        peak_volume=0,
        terms={},
        lead_unit=None,
        created_at=now,
        updated_at=now,
    )
    session.add(new)
    session.flush()
    session.execute(update(Item).where(Item.id.in_(wanted)).values(event_id=new.id))
    recompute(session, event, now)
    recompute(session, new, now)
    session.add(
        AuditRecord(
            at=now,
            actor=actor,
            action="event.split",
            target_type="event",
            target_id=str(event_id),
            detail={"new_event": new.id, "items": wanted},
        )
    )
    return new
