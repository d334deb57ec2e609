"""The pages a brief's figures link to: exactly the records a figure counts.

``/briefs/events`` lists the events first seen in ``[since, until)`` (optionally of one grade or
topic, ``none`` for those without); ``/briefs/cases`` the cases dispatched in the window with one
lead unit. Both read :mod:`service.queries.brief_records`, the selection the brief counted with,
and show only what the signed-in user may see.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from models.timeutil import to_local
from service.api.deps import SessionDep, StateDep
from service.api.types import SaneDatetime
from service.queries.brief_records import NONE, new_events, unit_cases
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
