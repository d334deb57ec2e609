"""An event's page: its facts and 简要信息 draft, its 传播路径 (timeline chart, list, one sentence),
its trend and words, its cases and the desk's forms (派单, 更正, 合并, 拆分; their handlers stay in
:mod:`service.web.desk_pages`)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from models.db.cases import Case
from models.enums import CaseStatus, IncidentGrade
from service.api.deps import NowDep, SessionDep, StateDep
from service.api.types import IdPath
from service.auth.principal import Principal
from service.queries.cases import scoped_cases
from service.queries.events import event_items, get_event
from service.queries.spread import SpreadPath, event_item_scope, spread_path
from service.queries.trends import jurisdiction_terms, story_items, trend
from service.reports.incident_brief import draft_text, event_facts
from service.web.deps import WebUser
from service.web.desk_pages import units_of
from service.web.echarts import Chart, line_chart, word_cloud
from service.web.render import page
from service.web.spread_chart import spread_chart

router = APIRouter()


@router.get("/events/{event_id}")
def event_page(
    event_id: IdPath, request: Request, principal: WebUser, db: SessionDep, state: StateDep, now: NowDep
) -> Response:
    event = get_event(db, principal, event_id)
    names = state.names.current()
    spread = spread_path(db, principal, event.id, now, names=names)
    items = event_items(db, principal, event.id)
    cases = list(db.scalars(scoped_cases(principal).where(Case.event_id == event.id).order_by(Case.id)))
    facts = event_facts(items)
    trend_chart, words_chart = story_charts(db, principal, spread, state.settings.jurisdiction_dir)
    return page(
        request,
        "event.html",
        event=event,
        items=items,
        spread=spread,
        spread_chart=spread_chart(spread),
        trend_chart=trend_chart,
        words_chart=words_chart,
        cases=cases,
        open_case=next((c for c in cases if CaseStatus(c.status).is_open), None),  # 转派 it, not a 2nd 派单
        units=units_of(db),
        topics=list(names.topics.items()),
        grades=list(IncidentGrade),
        facts=facts,
        draft=draft_text(event, facts, names.units, now),
    )


def story_charts(db: Session, principal: Principal, spread: SpreadPath, jurisdiction: Path) -> tuple[Chart, Chart]:
    """The event's volume, heat and negatives over time (hours up to three days, days beyond; the
    first official response marked) and a word cloud of its titles."""
    since = until = spread.now
    if spread.first is not None and spread.last_at is not None:
        since, until = spread.first.published_at, spread.last_at + timedelta(microseconds=1)
    response = spread.response
    if response is not None and spread.first is not None:  # the trend reaches the response too
        since, until = min(since, response.at), max(until, response.at + timedelta(microseconds=1))
    story = story_items(db, event_item_scope(principal, spread.event_id), since, until)
    t = trend(story.items, since, until)
    marks = []
    if response is not None:
        hit = [label for start, label in zip(t.starts, t.labels, strict=True) if start <= response.at]
        if hit:
            marks.append((hit[-1], "官方首次回应"))
    volume = line_chart(
        "event-trend",
        "传播趋势（条目、热度含转载、负面）",
        t.labels,
        {"条目": t.total, "热度（含转载）": t.heat, "负面": t.negative},
        y_name="条",
        marks=marks,
    )
    words = word_cloud("event-words", "事件热词", jurisdiction_terms(story.items, jurisdiction))
    return volume, words
