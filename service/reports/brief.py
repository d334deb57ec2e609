"""The content of a brief: new events by grade and topic, top events, overdue cases, timeliness.

Every figure keeps its evidence: the ids of the records it counts and the path of the web UI page
that lists exactly them (:mod:`service.queries.brief_records`, the same selection).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from models.db import Event
from models.db.cases import Case
from models.enums import IncidentGrade
from models.ports import TimelinessReview
from models.timeutil import to_local
from service.auth.principal import Principal
from service.names import Names
from service.queries.brief_records import (
    NONE,
    active_events,
    cases_path,
    events_path,
    new_events,
    omitted_path,
    unit_cases,
)
from service.queries.key_events import key_events
from service.review import Review, timeliness

Kind = Literal["daily", "weekly"]
TITLES = {"daily": "舆情日报", "weekly": "舆情周报"}


@dataclass(frozen=True)
class Figure:
    """A count in a brief with its evidence: the records' ids and the page listing exactly them."""

    label: str
    count: int
    path: str
    ids: tuple[int, ...] = ()


@dataclass
class Brief:
    kind: Kind
    title: str
    since: datetime
    until: datetime
    generated_at: datetime
    events: Figure
    by_grade: list[Figure]
    by_topic: list[Figure]
    top_events: list[Event]
    """重点事件: the events active in the period, by :mod:`service.queries.key_events` (grade first;
    every event graded 较大 or above; the others up to the limit)."""
    review: Review
    unit_cases: dict[str, Figure] = field(default_factory=dict)
    """Per lead unit id: the cases the timeliness review counted for it."""
    new_events: list[Event] = field(default_factory=list)
    names: Names = field(default_factory=Names)
    top_heat: dict[int, int] = field(default_factory=dict)
    """Per listed key event: its heat (items plus their exact copies)."""
    top_omitted: Figure = field(default_factory=lambda: Figure("未列出事件", 0, ""))
    """Events active in the period not listed among the key events (graded 一般 or ungraded)."""
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
    events = list(db.scalars(new_events(principal, since, until)))
    top = key_events(db, active_events(principal, since, until))
    review_ = timeliness(db, review, principal, since, until, now)
    return Brief(
        kind=kind,
        title=TITLES[kind],
        since=since,
        until=until,
        generated_at=now,
        events=Figure("新增事件", len(events), events_path(since, until), tuple(e.id for e in events)),
        by_grade=_breakdown(events, since, until, "grade", grade_label),
        by_topic=_breakdown(events, since, until, "topic", lambda t: names.topic(t) if t else "未分类"),
        top_events=[e for e, _ in top.listed],
        top_heat={e.id: heat for e, heat in top.listed},
        top_omitted=Figure("未列出事件", top.omitted, omitted_path(since, until), top.omitted_ids),
        review=review_,
        names=names,
        unit_cases={
            u.unit_id: _unit_figure(db, principal, since, until, u.unit_id, u.unit_name) for u in review_.units
        },
        new_events=events,
    )


def _breakdown(
    events: list[Event],
    since: datetime,
    until: datetime,
    attr: Literal["grade", "topic"],
    label: Callable[[str | None], str],
) -> list[Figure]:
    """The events per grade (or topic), most first, each with the page listing that group."""
    groups: dict[str, list[int]] = {}
    for e in events:
        groups.setdefault(getattr(e, attr) or NONE, []).append(e.id)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [
        Figure(
            label(None if key == NONE else key),
            len(ids),
            events_path(since, until, **{attr: key}),
            tuple(ids),
        )
        for key, ids in ordered
    ]


def _unit_figure(
    db: Session, principal: Principal, since: datetime, until: datetime, unit_id: str, unit_name: str
) -> Figure:
    ids = tuple(db.scalars(unit_cases(principal, since, until, unit_id).with_only_columns(Case.id)))
    return Figure(unit_name, len(ids), cases_path(since, until, unit_id), ids)
