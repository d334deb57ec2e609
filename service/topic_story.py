"""The figures of one 专题 over a period, for its page and its daily digest (one computation, two
views): matching items by time, negativity, heat, source tiers, sources, places, words and events.

Everything is read from stored items through :mod:`service.queries.special_topics` (the 专题's
conditions and the user's scope) and :mod:`service.queries.trends`; nothing is estimated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from models.db import SpecialTopic
from service.auth.principal import Principal
from service.names import Names
from service.queries import special_topics as q
from service.queries.trends import StoryItems, Trend, jurisdiction_terms, place_counts, story_items, tier_counts, trend
from service.special_topics import place_names


@dataclass(frozen=True)
class TopicStory:
    topic: SpecialTopic
    since: datetime
    until: datetime
    conds: list[ColumnElement[bool]]
    """The item conditions (专题 and scope) the figures were read with: reuse them for item lists."""
    items: StoryItems
    trend: Trend
    tiers: list[tuple[str, int]]
    sources: list[tuple[str, int]]
    """``(source name, items)``, most first."""
    places: list[tuple[str, int]]
    terms: list[tuple[str, float]]
    events: list[q.TopicEvent]
    events_omitted: int = 0
    """The matching items' events not listed in ``events`` (graded 一般 or ungraded)."""

    @property
    def total(self) -> int:
        return len(self.items.items)

    @property
    def negative(self) -> int:
        return sum(1 for i in self.items.items if i.negative)

    @property
    def heat(self) -> int:
        return sum(1 + i.copies for i in self.items.items)


def topic_story(
    db: Session,
    principal: Principal,
    topic: SpecialTopic,
    since: datetime,
    until: datetime,
    *,
    jurisdiction_dir: Path,
    names: Names,
    events_limit: int = 20,
) -> TopicStory:
    """The 专题's figures over ``[since, until)`` from what ``principal`` may see."""
    conds = q.matching(topic, place_names(db, jurisdiction_dir, [str(p) for p in topic.places])) + q.scope(principal)
    items = story_items(db, conds, since, until)
    events = q.topic_key_events(db, principal, items.items, events_limit)
    return TopicStory(
        topic=topic,
        since=since,
        until=until,
        conds=conds,
        items=items,
        trend=trend(items.items, since, until),
        tiers=tier_counts(items.items),
        sources=[(names.source(s), n) for s, n in q.source_counts(items.items)],
        places=place_counts(items.items)[:15],
        terms=jurisdiction_terms(items.items, jurisdiction_dir),
        events=events.listed,
        events_omitted=events.omitted,
    )
