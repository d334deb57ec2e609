"""领导看板: on-time rates per unit and rule, overdue list, time to first release, topic and grade
trends, as server-drawn SVG charts; xlsx export and the daily/weekly briefs."""

from __future__ import annotations

from collections import Counter
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
from service.web.charts import columns, hbars, histogram
from service.web.deps import LeaderPage
from service.web.render import page

router = APIRouter()

FIRST_RELEASE_EDGES = [0.0, 1.0, 2.0, 5.0, 12.0, 24.0]


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
    unit_rates = hbars(
        [(u.unit_name, u.overall.rate or 0.0, _pct(u.overall.rate, u.overall.decided)) for u in review.units],
        maximum=1.0,
    )
    rule_rates = hbars(
        [(review.rule_labels.get(r, r), v.rate or 0.0, _pct(v.rate, v.decided)) for r, v in review.per_rule.items()],
        maximum=1.0,
    )
    events = list(
        db.scalars(
            scoped_events(principal).where(
                Event.first_seen_at >= since, Event.first_seen_at < until, Event.merged_into_id.is_(None)
            )
        )
    )
    by_day = Counter(to_local(e.first_seen_at).strftime("%m-%d") for e in events)
    names = state.names.current()
    by_topic = Counter(names.topic(e.topic) if e.topic else "未分类" for e in events).most_common(10)
    by_grade = Counter(grade_label(e.grade) for e in events).most_common()
    return page(
        request,
        "leader.html",
        review=review,
        start=to_local(since).date(),
        end=to_local(until - timedelta(days=1)).date(),
        unit_rates=unit_rates,
        rule_rates=rule_rates,
        first_release=columns(histogram(review.first_release_hours, FIRST_RELEASE_EDGES), column_width=46),
        trend=columns([(d, float(n)) for d, n in sorted(by_day.items())][-31:], column_width=22),
        topics=hbars([(t, float(n), str(n)) for t, n in by_topic]),
        grades=hbars([(g, float(n), str(n)) for g, n in by_grade]),
        events_total=len(events),
    )


def _pct(rate: float | None, decided: int) -> str:
    return "—" if rate is None else f"{rate:.0%}（{decided}）"
