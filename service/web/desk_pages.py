"""值班台: the live alert feed and the desk's actions on alerts and events (the event page itself is
:mod:`service.web.event_pages`)."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select

from models.db import Unit
from models.enums import IncidentGrade
from service import operations
from service.api.deps import NowDep, SessionDep, StagesDep, StateDep
from service.api.incident_schemas import incident_public
from service.api.schemas import ManualReportRequest, unsure_topic
from service.api.types import IdPath, TextId
from service.boundaries import BoundaryError, load_boundaries
from service.case_operations import dispatch_event, jurisdiction_policy
from service.errors import InvalidInput, NotFound
from service.geography import townships
from service.levels import level_order
from service.manual_reports import submit_report
from service.queries.alerts import get_alert
from service.queries.cases import returned_cases
from service.queries.events import get_event, list_events
from service.queries.filters import ListFilter
from service.queries.incidents import list_incidents
from service.queries.items import get_item
from service.web.deps import DeskForm, DeskPage, ReporterForm, ReporterPage, WebUser
from service.web.desk_story import SPANS, desk_story, story_period
from service.web.forms import invalid_form
from service.web.render import page
from service.web.routed_views import reroutes_context

router = APIRouter()


def back(url: str, msg: str) -> Response:
    return RedirectResponse(f"{url}?msg={quote(msg)}", status_code=303)


UNIT_KIND_ORDER = {"department": 0, "township": 1, "enterprise": 2}
"""How unit pickers group the directory: 委办局, then 乡镇/街道, then 公共企事业单位 (``_macros.unit_options``)."""


def units_of(db: SessionDep) -> list[Unit]:
    """The active units for a picker, grouped by kind (the order ``unit_options`` draws its groups in)."""
    units = db.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id))
    return sorted(units, key=lambda u: UNIT_KIND_ORDER.get(u.kind, len(UNIT_KIND_ORDER)))


CORRECTED = {"topic": "领域", "grade": "事件等级", "lead_unit": "牵头单位", "co_units": "协办单位"}


def _ids(text: str) -> list[str]:
    return [p for p in text.replace("，", ",").replace(" ", ",").split(",") if p]


@router.get("/desk")
def desk(
    request: Request,
    principal: DeskPage,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    f: Annotated[ListFilter, Query()],
    span: Annotated[Literal["24h", "7d", "30d"], Query()] = "24h",
) -> Response:
    if f.status is None:
        f = f.model_copy(update={"status": "open"})
    names = state.names.current()
    cards, more = list_incidents(db, principal, f, level_order(state.settings.jurisdiction_dir))
    incidents = [incident_public(c, names) for c in cards]
    events, _ = list_events(db, principal, ListFilter(limit=20, grade=f.grade, unit=f.unit, q=f.q))
    cursor = now.isoformat()  # the live stream continues from the time this page was drawn
    return page(
        request,
        "desk.html",
        incidents=incidents,
        reroutes=reroutes_context(db, principal, names),
        returned=returned_cases(db, principal),
        more=more,
        events=events,
        f=f,
        units=units_of(db),
        grades=list(IncidentGrade),
        cursor=cursor,
        story=desk_story(db, principal, story_period(now, span), state.settings.jurisdiction_dir),
        spans=[(key, label, _with_span(request, key)) for key, (label, _days) in SPANS.items()],
    )


def _with_span(request: Request, span: str) -> str:
    """This page's URL (its filters kept) showing the 态势 of ``span``."""
    query = {**request.query_params, "span": span}
    return f"/desk?{urlencode(query)}#situation"


@router.get("/desk/boundaries.geojson")
def boundaries(principal: WebUser, state: StateDep) -> Response:
    """The jurisdiction's validated township boundaries for the desk's map (404 without a valid file)."""
    directory = state.settings.jurisdiction_dir
    try:
        found = load_boundaries(directory, townships(directory).aliases)
    except BoundaryError as exc:
        raise NotFound(f"乡镇边界文件无效：{exc}") from exc
    if found is None:
        raise NotFound("本辖区未提供乡镇边界文件")
    return Response(found.data, media_type="application/geo+json", headers={"Cache-Control": "private, max-age=300"})


@router.post("/alerts/{alert_id}/ack")
def ack(alert_id: TextId, principal: DeskForm, db: SessionDep, now: NowDep, stages: StagesDep) -> Response:
    operations.acknowledge_alert(db, stages.events, principal, get_alert(db, principal, alert_id), now)
    return back("/desk", "预警已确认")


@router.post("/events/{event_id}/labels")
def correct(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    topic: Annotated[str, Form(max_length=100)] = "",
    grade: Annotated[str, Form(max_length=40)] = "",
    lead_unit: Annotated[str, Form(max_length=100)] = "",
    co_units: Annotated[list[str] | None, Form()] = None,
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    event = get_event(db, principal, event_id)
    result = operations.correct_event(
        db,
        principal,
        event,
        now,
        topic=topic.strip() or None,
        grade=grade or None,
        lead_unit=lead_unit or None,
        co_units=[u for u in (co_units or []) if u] if co_units is not None else None,
        confirm=bool(confirm),
        topics=state.names.current().topics,
    )
    changed = "、".join(CORRECTED.get(field, field) for field in result["changed"])
    return back(f"/events/{event_id}", f"已更正：{changed}" if changed else "已确认")


@router.post("/events/{event_id}/dispatch")
def dispatch(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
    lead_unit: Annotated[str, Form(max_length=100)] = "",
    co_units: Annotated[list[str] | None, Form()] = None,
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    event = get_event(db, principal, event_id)
    case = dispatch_event(
        db,
        stages.cases,
        principal,
        event,
        now,
        lead_unit=lead_unit or None,
        co_units=[u for u in (co_units or []) if u and u != lead_unit],
        note=note,
        policy=jurisdiction_policy(stages.cases, state.settings.jurisdiction_dir, db),
    )
    return back(f"/events/{event_id}", f"已派单（案件 {case.id}）")


@router.post("/events/{event_id}/merge")
def merge(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    sources: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    target = get_event(db, principal, event_id)
    try:
        ids = [int(x) for x in _ids(sources)]
    except ValueError as exc:
        raise InvalidInput("请输入要并入的事件编号，用逗号分隔") from exc
    if not ids:
        raise InvalidInput("请输入要并入的事件编号")
    for source_id in ids:
        get_event(db, principal, source_id)
    operations.merge_events(db, stages.events, principal, target, ids, now)
    return back(f"/events/{event_id}", "已合并")


@router.post("/events/{event_id}/split")
def split(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    item_ids: Annotated[list[str] | None, Form()] = None,
) -> Response:
    event = get_event(db, principal, event_id)
    if not item_ids:
        raise InvalidInput("请勾选要拆分出去的条目")
    new_id = operations.split_event(db, stages.events, principal, event, item_ids, now)
    return back(f"/events/{new_id}", "已拆分为新事件")


@router.get("/items/{item_id}")
def item_page(item_id: TextId, request: Request, principal: WebUser, db: SessionDep) -> Response:
    item = get_item(db, principal, item_id)
    unsure = unsure_topic(item.topic_confidence)
    return page(request, "item.html", item=item, reading=item.classification or {}, unsure=unsure)


@router.get("/manual")
def manual_form(request: Request, principal: ReporterPage) -> Response:
    return page(request, "manual.html")


@router.post("/manual")
def manual_submit(
    principal: ReporterForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    title: Annotated[str, Form(max_length=500)],
    text: Annotated[str, Form(max_length=100_000)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    region: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    try:
        body = ManualReportRequest.model_validate(
            {"title": title, "text": text, "url": url or None, "region": region or None}
        )
    except ValidationError as exc:
        raise invalid_form(exc) from exc
    submit_report(db, state, principal, body, now)
    return back("/manual", f"已报送“{body.title[:60]}”，稍后进入分类与预警流程")
