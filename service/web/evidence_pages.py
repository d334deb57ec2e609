"""The pages a brief's figures link to: exactly the records a figure counts.

``/briefs/events`` lists the events first seen in ``[since, until)`` (optionally of one grade or
topic, ``none`` for those without); ``/briefs/omitted`` the events active in the window that the
brief's 重点事件 leave out; ``/briefs/cases`` the cases dispatched in the window with one lead unit.
They read :mod:`service.queries.brief_records` (and :mod:`service.queries.key_events`), the
selection the brief counted with, and show only what the signed-in user may see.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from models.db import Event
from models.timeutil import to_local
from service.api.deps import SessionDep, StateDep
from service.api.types import SaneDatetime
from service.queries.brief_records import NONE, active_events, new_events, unit_cases
from service.queries.events import scoped_events
from service.queries.key_events import key_events
from service.reports.brief import grade_label
from service.web.deps import UnitPage, WebUser
from service.web.render import page

router = APIRouter()

Key = Annotated[str | None, Query(max_length=100, pattern=r"^[^\x00]*$")]


def _period(since: SaneDatetime, until: SaneDatetime) -> str:
    return f"{to_local(since):%Y-%m-%d %H:%M} 至 {to_local(until):%Y-%m-%d %H:%M}"


@router.get("/briefs/events")
def brief_events(
    request: Request,
    principal: WebUser,
    db: SessionDep,
    state: StateDep,
    since: Annotated[SaneDatetime, Query()],
    until: Annotated[SaneDatetime, Query()],
    grade: Key = None,
    topic: Key = None,
) -> Response:
    events = list(db.scalars(new_events(principal, since, until, grade, topic)))
    names = state.names.current()
    scope = []
    if grade:
        scope.append(f"等级：{grade_label(None if grade == NONE else grade)}")
    if topic:
        scope.append(f"领域：{'未分类' if topic == NONE else names.topic(topic)}")
    return page(request, "evidence.html", kind="events", rows=events, period=_period(since, until), scope=scope)


@router.get("/briefs/omitted")
def brief_omitted(
    request: Request,
    principal: WebUser,
    db: SessionDep,
    since: Annotated[SaneDatetime, Query()],
    until: Annotated[SaneDatetime, Query()],
) -> Response:
    """The events active in the period that the brief's 重点事件 leave out, in the brief's order."""
    ids = key_events(db, active_events(principal, since, until)).omitted_ids
    found = {e.id: e for e in db.scalars(scoped_events(principal).where(Event.id.in_(ids)))} if ids else {}
    events = [found[i] for i in ids if i in found]
    return page(
        request,
        "evidence.html",
        kind="events",
        rows=events,
        period=_period(since, until),
        scope=["一般或未定级"],
        heading="重点事件未列出的事件",
        window="有动态时段",
    )


@router.get("/briefs/cases")
def brief_cases(
    request: Request,
    principal: UnitPage,
    db: SessionDep,
    state: StateDep,
    since: Annotated[SaneDatetime, Query()],
    until: Annotated[SaneDatetime, Query()],
    unit: Annotated[str, Query(min_length=1, max_length=100, pattern=r"^[^\x00]*$")],
) -> Response:
    cases = list(db.scalars(unit_cases(principal, since, until, unit)))
    scope = [f"牵头单位：{state.names.current().unit(unit)}"]
    return page(request, "evidence.html", kind="cases", rows=cases, period=_period(since, until), scope=scope)
