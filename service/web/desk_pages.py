"""值班台: the live alert feed, events with their items and spread, and the desk's actions."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select

from models.db import Unit
from models.db.cases import Case
from models.enums import IncidentGrade
from service import operations
from service.api.deps import NowDep, SessionDep, StateDep
from service.api.schemas import ManualReportRequest
from service.api.types import IdPath
from service.case_operations import dispatch_event, jurisdiction_policy
from service.errors import InvalidInput
from service.manual import submit_report
from service.queries.alerts import get_alert, list_alerts
from service.queries.events import event_items, get_event, list_events, spread_by_hour
from service.queries.filters import ListFilter
from service.queries.items import get_item
from service.web.charts import columns
from service.web.deps import DeskForm, DeskPage, ReporterForm, ReporterPage, WebUser
from service.web.render import page

router = APIRouter()


def back(url: str, msg: str) -> Response:
    return RedirectResponse(f"{url}?msg={quote(msg)}", status_code=303)


def units_of(db: SessionDep) -> list[Unit]:
    return list(db.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id)))


def unit_names(db: SessionDep) -> dict[str, str]:
    return {u.id: u.name for u in db.scalars(select(Unit))}


def _ids(text: str) -> list[str]:
    return [p for p in text.replace("，", ",").replace(" ", ",").split(",") if p]


@router.get("/desk")
def desk(
    request: Request, principal: DeskPage, db: SessionDep, now: NowDep, f: Annotated[ListFilter, Query()]
) -> Response:
    if f.status is None:
        f = f.model_copy(update={"status": "open"})
    alerts, more = list_alerts(db, principal, f)
    events, _ = list_events(db, principal, ListFilter(limit=20, grade=f.grade, unit=f.unit, q=f.q))
    cursor = now.isoformat()  # the live stream continues from the time this page was drawn
    return page(
        request,
        "desk.html",
        alerts=alerts,
        more=more,
        events=events,
        f=f,
        units=units_of(db),
        unit_names=unit_names(db),
        grades=list(IncidentGrade),
        cursor=cursor,
    )


@router.post("/alerts/{alert_id}/ack")
def ack(alert_id: str, principal: DeskForm, db: SessionDep, now: NowDep) -> Response:
    operations.acknowledge_alert(db, principal, get_alert(db, principal, alert_id), now)
    return back("/desk", "预警已确认")


@router.get("/events/{event_id}")
def event_page(event_id: IdPath, request: Request, principal: WebUser, db: SessionDep) -> Response:
    event = get_event(db, principal, event_id)
    items = event_items(db, event.id)
    spread = spread_by_hour(items)
    cases = list(db.scalars(select(Case).where(Case.event_id == event.id).order_by(Case.id)))
    return page(
        request,
        "event.html",
        event=event,
        items=items,
        chart=columns([(h[6:], float(n)) for h, n in spread[-24:]]),
        cases=cases,
        units=units_of(db),
        unit_names=unit_names(db),
        grades=list(IncidentGrade),
    )


@router.post("/events/{event_id}/labels")
def correct(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
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
    )
    return back(f"/events/{event_id}", "已更正: " + "、".join(result["changed"]) if result["changed"] else "已确认")


@router.post("/events/{event_id}/dispatch")
def dispatch(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    lead_unit: Annotated[str, Form(max_length=100)] = "",
    co_units: Annotated[list[str] | None, Form()] = None,
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    event = get_event(db, principal, event_id)
    case = dispatch_event(
        db,
        principal,
        event,
        now,
        lead_unit=lead_unit or None,
        co_units=[u for u in (co_units or []) if u and u != lead_unit],
        note=note,
        policy=jurisdiction_policy(state.settings.jurisdiction_dir),
    )
    return back(f"/events/{event_id}", f"已派单（案件 {case.id}）")


@router.post("/events/{event_id}/merge")
def merge(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
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
    operations.merge_events(db, principal, target, ids, now)
    return back(f"/events/{event_id}", "已合并")


@router.post("/events/{event_id}/split")
def split(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    item_ids: Annotated[list[str] | None, Form()] = None,
) -> Response:
    event = get_event(db, principal, event_id)
    if not item_ids:
        raise InvalidInput("请勾选要拆分出去的条目")
    new_id = operations.split_event(db, principal, event, item_ids, now)
    return back(f"/events/{new_id}", "已拆分为新事件")


@router.get("/items/{item_id}")
def item_page(item_id: str, request: Request, principal: WebUser, db: SessionDep) -> Response:
    return page(request, "item.html", item=get_item(db, principal, item_id))


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
        raise InvalidInput("填写有误：" + "；".join(str(e["loc"][-1]) + " " + e["msg"] for e in exc.errors())) from exc
    item_id = submit_report(db, state, principal, body, now)
    return back("/manual", f"已报送（条目 {item_id[:8]}），稍后进入预警流程")
