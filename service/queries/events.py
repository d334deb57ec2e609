"""Event queries: the desk's list, an event with its items and its spread over time."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.db import Event, Item
from models.timeutil import to_local
from service.auth.principal import Principal
from service.errors import NotFound
from service.queries.filters import ListFilter, json_list_contains, text_search, unit_scope
from service.queries.items import scoped_items
from service.queries.visibility import event_visible


def scoped_events(principal: Principal) -> Select[Event]:
    """Every event for staff; for a unit user what :mod:`service.queries.visibility` allows."""
    stmt = select(Event)
    if principal.is_unit:
        stmt = stmt.where(event_visible(principal.unit_id or ""))
    return stmt


def list_events(db: Session, principal: Principal, f: ListFilter) -> tuple[list[Event], bool]:
    """Most recently active events first; merged events are hidden unless ``status=merged``."""
    stmt = scoped_events(principal)
    since, until = f.bounds()
    if since:
        stmt = stmt.where(Event.last_seen_at >= since)
    if until:
        stmt = stmt.where(Event.last_seen_at < until)
    hidden = Event.status == f.status if f.status else Event.merged_into_id.is_(None)
    stmt = stmt.where(hidden)
    if f.topic:
        stmt = stmt.where(Event.topic == f.topic)
    if f.grade:
        stmt = stmt.where(Event.grade == f.grade)
    if f.unit:
        stmt = stmt.where(unit_scope(Event.lead_unit, Event.co_units, f.unit))
    if f.place:
        stmt = stmt.where(json_list_contains(Event.places, f.place))
    if f.q:
        stmt = stmt.where(text_search([Event.title], f.q))
    stmt = stmt.order_by(Event.last_seen_at.desc(), Event.id.desc()).offset(f.offset).limit(f.limit + 1)
    rows = list(db.scalars(stmt))
    return rows[: f.limit], len(rows) > f.limit


def get_event(db: Session, principal: Principal, event_id: int) -> Event:
    event = db.scalar(scoped_events(principal).where(Event.id == event_id))
    if event is None:
        raise NotFound("事件不存在")
    return event


def event_items(db: Session, principal: Principal, event_id: int, limit: int = 200) -> list[Item]:
    """The event's items this user may see (all of them for staff and for the event's case units)."""
    stmt = scoped_items(principal).where(Item.event_id == event_id).order_by(Item.published_at.desc()).limit(limit)
    return list(db.scalars(stmt))


def spread_by_hour(items: list[Item]) -> list[tuple[str, int]]:
    """Item counts per local hour (``MM-DD HH:00``), oldest first: the event's spread over time."""
    counts: Counter[datetime] = Counter(
        to_local(i.published_at).replace(minute=0, second=0, microsecond=0) for i in items
    )
    return [(hour.strftime("%m-%d %H:00"), n) for hour, n in sorted(counts.items())]
