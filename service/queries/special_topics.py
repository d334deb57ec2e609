"""What a 专题 matches, in SQL: its keywords in the title or text, none of its 排除词, one of its
places, inside its period, and only what the user may see.

Keywords and exclusions are ``LIKE '%word%'`` with ``%``, ``_`` and ``\\`` escaped (so ``50%`` and
``a_b`` match literally), each also in its traditional spellings (``台风`` finds ``颱風``): ``ILIKE``
on PostgreSQL, plain ``LIKE`` on SQLite, whose ``LIKE`` already ignores the case of ASCII letters
(``lower()`` of every text first would cost a quarter more). The
period is ``[starts_at, ends_at)``, cut at ``now`` for a running 专题. The story figures are those
of :mod:`service.queries.trends` over these conditions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ColumnElement, not_, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from models.db import Event, Item, SpecialTopic
from service.auth.principal import Principal
from service.queries.events import scoped_events
from service.queries.filters import json_list_contains
from service.queries.key_events import KeyEvents, pick_key_events
from service.queries.trends import StoryItem
from service.queries.visibility import item_visible
from yuqing.traditional import traditional_forms


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Contains(ColumnElement[bool]):
    """``word`` occurs in the text ``column``, ignoring the case of Latin letters."""

    type = Boolean()
    inherit_cache = False

    def __init__(self, column: Any, word: str) -> None:
        self.column = column
        self.word = word


@compiles(Contains)
def _contains_ilike(element: Contains, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.ilike(f"%{_escape(element.word)}%", escape="\\"), **kw))


@compiles(Contains, "sqlite")
def _contains_like(element: Contains, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.like(f"%{_escape(element.word)}%", escape="\\"), **kw))


def _mentions(word: str) -> ColumnElement[bool]:
    """``word`` in the title or text, in any of its traditional spellings too (a repost from Hong
    Kong or Taiwan is stored as written: ``颱風`` for ``台风``; :func:`yuqing.traditional.traditional_forms`)."""
    forms = traditional_forms(word)
    return or_(*(Contains(Item.title, w) for w in forms), *(Contains(Item.text, w) for w in forms))


def matching(topic: SpecialTopic, place_names: Sequence[str] = ()) -> list[ColumnElement[bool]]:
    """The item conditions of ``topic`` (without its period): any keyword in title or text, no
    exclusion in either, and, when ``place_names`` is given (see
    :func:`service.special_topics.place_names`), one of those places among the item's places."""
    conds = [or_(*(_mentions(str(w)) for w in topic.keywords))]
    if topic.exclude:
        conds.append(not_(or_(*(_mentions(str(w)) for w in topic.exclude))))
    if place_names:
        conds.append(or_(*(json_list_contains(Item.places, p) for p in place_names)))
    return conds


def scope(principal: Principal) -> list[ColumnElement[bool]]:
    """A unit user's own items only (:mod:`service.queries.visibility`); nothing for other roles."""
    return [item_visible(principal.unit_id or "")] if principal.is_unit else []


def period(topic: SpecialTopic, now: datetime) -> tuple[datetime, datetime]:
    """``[since, until)`` of the 专题: its start to its end, or to ``now`` while it runs (an empty
    period, ``since == until``, before it starts)."""
    until = min(topic.ends_at, now) if topic.ends_at is not None else now
    return topic.starts_at, max(until, topic.starts_at)


@dataclass(frozen=True)
class ItemsPage:
    items: list[Item]
    has_more: bool


def recent_items(
    db: Session, conds: Sequence[ColumnElement[bool]], since: datetime, until: datetime, *, limit: int, offset: int = 0
) -> ItemsPage:
    """Matching items of ``[since, until)``, newest first, one page."""
    stmt = (
        select(Item)
        .where(Item.published_at >= since, Item.published_at < until, *conds)
        .order_by(Item.published_at.desc(), Item.id)
        .offset(offset)
        .limit(limit + 1)
    )
    rows = list(db.scalars(stmt))
    return ItemsPage(rows[:limit], len(rows) > limit)


@dataclass(frozen=True)
class TopicEvent:
    event: Event
    items: int
    """The event's items that match the 专题 (and that the user may see)."""
    negative: int
    heat: int = 0
    """Those items plus their folded exact copies."""


def topic_key_events(
    db: Session, principal: Principal, items: Sequence[StoryItem], limit: int
) -> KeyEvents[TopicEvent]:
    """The events of the matching ``items`` the user may see, chosen and ordered as every brief's
    重点事件 (:mod:`service.queries.key_events`: grade first, every one graded 较大 or above, then
    heat and matching items), with the number left out."""
    counts: Counter[int] = Counter(i.event_id for i in items if i.event_id is not None)
    negatives: Counter[int] = Counter(i.event_id for i in items if i.event_id is not None and i.negative)
    heat: Counter[int] = Counter()
    for i in items:
        if i.event_id is not None:
            heat[i.event_id] += 1 + i.copies
    ids = list(counts)
    seen: dict[int, tuple[str | None, datetime]] = {}
    for start in range(0, len(ids), 900):  # under every database's bound-parameter limit
        chunk = ids[start : start + 900]
        stmt = scoped_events(principal).with_only_columns(Event.id, Event.grade, Event.last_seen_at)
        seen.update({e: (g, t) for e, g, t in db.execute(stmt.where(Event.id.in_(chunk)))})
    picked = pick_key_events(
        seen,
        grade=lambda e: seen[e][0],
        heat=heat.__getitem__,
        size=counts.__getitem__,
        last_seen=lambda e: seen[e][1],
        ident=lambda e: e,
        limit=limit,
    )
    events = {e.id: e for e in db.scalars(scoped_events(principal).where(Event.id.in_(picked.listed)))}
    listed = [TopicEvent(events[e], counts[e], negatives[e], heat[e]) for e in picked.listed if e in events]
    return KeyEvents(listed, picked.omitted)


def source_counts(items: Sequence[StoryItem], k: int = 10) -> list[tuple[str, int]]:
    """Items per source id, most first (the caller names them)."""
    return Counter(i.source_id for i in items).most_common(k)
