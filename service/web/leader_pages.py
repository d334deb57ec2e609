"""领导看板: the 考核-style ranking of units, on-time rates per rule, time to first release, daily
new events, topics and grades as ECharts charts (each with its figures as a table), the overdue
list; xlsx export and the daily/weekly briefs of the period chosen (:func:`brief_day`: the 止 date,
or the last full day)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from models.db import Event
from models.timeutil import to_local
from service.api.deps import NowDep, SessionDep, StagesDep, StateDep
from service.api.types import SaneDate
from service.periods import period
from service.queries.events import scoped_events
from service.reports.brief import grade_label
from service.review import timeliness
from service.web.deps import LeaderPage
from service.web.leader_views import (
    RANKING_RULE,
    brief_day,
    brief_periods,
    count_chart,
    daily_chart,
    first_release_chart,
    ranking,
    ranking_chart,
    rule_chart,
)
from service.web.render import page

router = APIRouter()


@router.get("/leader")
def leader(
    request: Request,
    principal: LeaderPage,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    state: StateDep,
    start: Annotated[SaneDate | None, Query()] = None,
    end: Annotated[SaneDate | None, Query()] = None,
) -> Response:
    since, until = period(now, start, end)
    review = timeliness(db, stages.timeliness, principal, since, until, now)
    ranked = ranking(review.units)
    events = list(
        db.scalars(
            scoped_events(principal).where(
                Event.first_seen_at >= since, Event.first_seen_at < until, Event.merged_into_id.is_(None)
            )
        )
    )
    names = state.names.current()
    day = brief_day(to_local(now).date(), end)
    return page(
        request,
        "leader.html",
        review=review,
        start=to_local(since).date(),
        end=to_local(until - timedelta(days=1)).date(),
        ranked=ranked,
        ranking_rule=RANKING_RULE,
        timeliness_charts=[ranking_chart(ranked), rule_chart(review), first_release_chart(review)],
        event_charts=[
            daily_chart([e.first_seen_at for e in events], since, until),
            count_chart("topics", "事件领域分布", (names.topic(e.topic) if e.topic else "未分类" for e in events)),
            count_chart("grades", "事件等级分布", (grade_label(e.grade) for e in events)),
        ],
        events_total=len(events),
        briefs=brief_periods(day),
    )
