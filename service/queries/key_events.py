"""Which events a brief names as 重点事件, and in what order: one rule for every brief.

Order: the statutory grade first (特别重大, 重大, 较大, 一般, then ungraded), then heat (items plus
their exact copies), then size (items), then the most recently active, then the newest event.
An event graded 较大 or above is always listed, however many there are; the others fill the
list up to ``limit``. What is left out is counted (:attr:`KeyEvents.omitted`) so a brief can say
how many further events it does not list.

:func:`key_events` selects in SQL from an event query (the 日报 and 周报);
:func:`pick_key_events` orders candidates already in memory (the 专题日报's events).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from models.db import CollectedItem, Event, Item
from models.enums import IncidentGrade
from models.timeutil import ensure_aware

T = TypeVar("T")

KEY_LIMIT = 10
"""Events a brief lists besides those graded 较大 or above (which are always listed)."""
ALWAYS_LISTED = IncidentGrade.LARGE.severity
"""Events of this severity or more (较大, 重大, 特别重大) are never cut by the limit."""


def severity(grade: str | None) -> int:
    """4 for 特别重大 down to 1 for 一般; 0 for an ungraded event (or an unknown grade)."""
    try:
        return IncidentGrade(grade).severity if grade else 0
    except ValueError:
        return 0


@dataclass(frozen=True)
class KeyEvents(Generic[T]):
    listed: list[T]
    """The events to name, in order."""
    omitted: int = 0
    """Candidates not listed (all of them graded 一般 or ungraded)."""
    omitted_ids: tuple[int, ...] = ()
    """Those candidates' event ids in the same order, when the selection knows them
    (:func:`key_events`): the evidence of the brief's "另有 N 起未列出"."""


def pick_key_events(
    candidates: Iterable[T],
    *,
    grade: Callable[[T], str | None],
    heat: Callable[[T], int],
    size: Callable[[T], int],
    last_seen: Callable[[T], datetime],
    ident: Callable[[T], int],
    limit: int = KEY_LIMIT,
) -> KeyEvents[T]:
    """``candidates`` in the order above: every one graded 较大 or above, then others up to ``limit``."""

    def key(c: T) -> tuple[int, int, int, float, int]:
        return (-severity(grade(c)), -heat(c), -size(c), -ensure_aware(last_seen(c)).timestamp(), -ident(c))

    ordered = sorted(candidates, key=key)
    must = [c for c in ordered if severity(grade(c)) >= ALWAYS_LISTED]
    rest = [c for c in ordered if severity(grade(c)) < ALWAYS_LISTED]
    room = max(0, limit - len(must))
    return KeyEvents(must + rest[:room], max(0, len(rest) - room))


def severity_sql() -> Any:
    """:func:`severity` of ``Event.grade`` as a SQL expression."""
    return case({g.value: g.severity for g in IncidentGrade}, value=Event.grade, else_=0)


def heat_sql() -> Any:
    """An event's heat: its items plus the exact copies of them the collectors counted and did
    not publish (``collected_items``, as :func:`service.queries.trends.folded_copies`)."""
    copies = (
        select(func.count(CollectedItem.id))
        .join(Item, Item.id == CollectedItem.original_id)
        .where(Item.event_id == Event.id, CollectedItem.published.is_(False))
        .correlate(Event)
        .scalar_subquery()
    )
    return Event.item_count + copies


def key_events(db: Session, events: Select[Event], limit: int = KEY_LIMIT) -> KeyEvents[tuple[Event, int]]:
    """The key events among ``events`` (a query of candidate events, unordered, unlimited), each
    with its heat."""
    sev, heat = severity_sql(), heat_sql()
    ordered = events.add_columns(heat).order_by(
        sev.desc(), heat.desc(), Event.item_count.desc(), Event.last_seen_at.desc(), Event.id.desc()
    )
    must = [(e, int(h)) for e, h in db.execute(ordered.where(sev >= ALWAYS_LISTED))]
    room = max(0, limit - len(must))
    rest = [(e, int(h)) for e, h in db.execute(ordered.where(sev < ALWAYS_LISTED).limit(room))] if room else []
    left_out = ordered.where(sev < ALWAYS_LISTED).offset(room).with_only_columns(Event.id)
    omitted = tuple(db.scalars(left_out))
    return KeyEvents(must + rest, len(omitted), omitted)
