"""The content of a brief: new events by grade and topic, top events, overdue cases, timeliness."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from models.db import Event
from models.enums import IncidentGrade
from models.ports import TimelinessReview
from models.timeutil import to_local
from service.auth.principal import Principal
from service.names import Names
from service.queries.events import scoped_events
from service.review import Review, timeliness

Kind = Literal["daily", "weekly"]
TITLES = {"daily": "舆情日报", "weekly": "舆情周报"}


@dataclass
class Brief:
    kind: Kind
    title: str
    since: datetime
    until: datetime
    generated_at: datetime
    events: int
    by_grade: list[tuple[str, int]]
    by_topic: list[tuple[str, int]]
    top_events: list[Event]
    review: Review
    names: Names = field(default_factory=Names)
    """Names of topics and units for the documents (ids never appear in a brief)."""

    @property
    def period_label(self) -> str:
        start = to_local(self.since).strftime("%Y-%m-%d %H:%M")
        end = to_local(self.until).strftime("%Y-%m-%d %H:%M")
        return f"{start} 至 {end}"


def grade_label(grade: str | None) -> str:
    if not grade:
        return "未定级"
    try:
        return IncidentGrade(grade).label
    except ValueError:
        return grade


def build_brief(
    db: Session,
    review: TimelinessReview,
    principal: Principal,
    kind: Kind,
    until: datetime,
    now: datetime,
    names: Names | None = None,
) -> Brief:
    """The brief for the day (or 7 days) ending at ``until``; topics counted by their ``names``."""
    names = names or Names()
    since = until - (timedelta(days=1) if kind == "daily" else timedelta(days=7))
    stmt = scoped_events(principal).where(
        Event.first_seen_at >= since, Event.first_seen_at < until, Event.merged_into_id.is_(None)
    )
    events = list(db.scalars(stmt))
    by_grade = Counter(grade_label(e.grade) for e in events)
    by_topic = Counter(names.topic(e.topic) if e.topic else "未分类" for e in events)
    top = list(
        db.scalars(
            scoped_events(principal)
            .where(Event.last_seen_at >= since, Event.first_seen_at < until, Event.merged_into_id.is_(None))
            .order_by(Event.item_count.desc(), Event.id)
            .limit(10)
        )
    )
    return Brief(
        kind=kind,
        title=TITLES[kind],
        since=since,
        until=until,
        generated_at=now,
        events=len(events),
        by_grade=by_grade.most_common(),
        by_topic=by_topic.most_common(),
        top_events=top,
        review=timeliness(db, review, principal, since, until, now),
        names=names,
    )
