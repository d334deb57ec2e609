"""The records behind a brief's figures, as one selection used twice: by the brief that counts
them and by the listing page its links open, so a link shows exactly the records counted.

- :func:`new_events`: the events first seen in ``[since, until)`` (merged ones excluded), visible
  to the user; optionally one grade and one topic (:data:`NONE` selects events without one).
- :func:`unit_cases`: the cases dispatched in ``[since, until)`` whose lead unit is ``lead_unit``,
  visible to the user: what the timeliness review counts as that unit's cases.
- :func:`active_events`: the events with activity in ``[since, until)``, the candidates of the
  brief's 重点事件 (:mod:`service.queries.key_events`); those it leaves out are listed by
  :data:`OMITTED_PAGE`.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode

from sqlalchemy import Select

from models.db import Event
from models.db.cases import Case
from service.auth.principal import Principal
from service.queries.cases import scoped_cases
from service.queries.events import scoped_events

NONE = "none"
"""The grade or topic key of events that have none (未定级, 未分类)."""

EVENTS_PAGE = "/briefs/events"
CASES_PAGE = "/briefs/cases"
OMITTED_PAGE = "/briefs/omitted"


def new_events(
    principal: Principal, since: datetime, until: datetime, grade: str | None = None, topic: str | None = None
) -> Select[Event]:
    stmt = scoped_events(principal).where(
        Event.first_seen_at >= since, Event.first_seen_at < until, Event.merged_into_id.is_(None)
    )
    if grade is not None:
        stmt = stmt.where(Event.grade.is_(None) if grade == NONE else Event.grade == grade)
    if topic is not None:
        stmt = stmt.where(Event.topic.is_(None) if topic == NONE else Event.topic == topic)
    return stmt.order_by(Event.first_seen_at, Event.id)


def active_events(principal: Principal, since: datetime, until: datetime) -> Select[Event]:
    """Events seen in ``[since, until)``: first seen before ``until`` and last seen at or after
    ``since`` (merged ones excluded), unordered."""
    return scoped_events(principal).where(
        Event.last_seen_at >= since, Event.first_seen_at < until, Event.merged_into_id.is_(None)
    )


def unit_cases(principal: Principal, since: datetime, until: datetime, lead_unit: str) -> Select[Case]:
    return (
        scoped_cases(principal)
        .where(Case.dispatched_at >= since, Case.dispatched_at < until, Case.lead_unit == lead_unit)
        .order_by(Case.id)
    )


def _window(since: datetime, until: datetime) -> dict[str, str]:
    return {"since": since.isoformat(), "until": until.isoformat()}


def events_path(since: datetime, until: datetime, grade: str | None = None, topic: str | None = None) -> str:
    """The listing page of :func:`new_events` with these arguments."""
    query = _window(since, until) | ({"grade": grade} if grade else {}) | ({"topic": topic} if topic else {})
    return f"{EVENTS_PAGE}?{urlencode(query)}"


def omitted_path(since: datetime, until: datetime) -> str:
    """The listing page of the active events a brief's 重点事件 leave out."""
    return f"{OMITTED_PAGE}?{urlencode(_window(since, until))}"


def cases_path(since: datetime, until: datetime, lead_unit: str) -> str:
    """The listing page of :func:`unit_cases` with these arguments."""
    return f"{CASES_PAGE}?{urlencode(_window(since, until) | {'unit': lead_unit})}"
