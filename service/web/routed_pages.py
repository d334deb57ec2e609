"""Routed 舆情 on the pages: the unit's actions in its workspace (签收, 申请改派) and the desk's answers
to reroute requests (改派, 驳回). The lists are built by :mod:`service.web.routed_views`."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Path
from fastapi.responses import RedirectResponse, Response

from service.api.deps import NowDep, SessionDep, StagesDep, StateDep
from service.api.types import IdPath
from service.errors import InvalidInput
from service.queries.routed import get_reroute_request, get_routed_event, get_routed_item
from service.routed_operations import acting_unit, decline_reroute, request_reroute, resolve_reroute, sign_routed
from service.web.deps import CaseForm, DeskForm
from service.web.desk_pages import back

router = APIRouter()
ItemIdPath = Annotated[str, Path(min_length=1, max_length=64)]


@router.post("/routed/events/{event_id}/sign")
def sign_event(event_id: IdPath, principal: CaseForm, db: SessionDep, now: NowDep) -> Response:
    event = get_routed_event(db, principal, acting_unit(principal), event_id)
    _sign, created = sign_routed(db, principal, "event", str(event.id), now)
    return back("/inbox", "已签收" if created else "此前已签收")


@router.post("/routed/items/{item_id}/sign")
def sign_item(item_id: ItemIdPath, principal: CaseForm, db: SessionDep, now: NowDep) -> Response:
    item = get_routed_item(db, principal, acting_unit(principal), item_id)
    _sign, created = sign_routed(db, principal, "item", item.id, now)
    return RedirectResponse(f"/inbox?routed=items&msg={quote('已签收' if created else '此前已签收')}", status_code=303)


@router.post("/routed/events/{event_id}/reroute")
def reroute_event(
    event_id: IdPath,
    principal: CaseForm,
    db: SessionDep,
    now: NowDep,
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    event = get_routed_event(db, principal, acting_unit(principal), event_id)
    request_reroute(db, principal, "event", str(event.id), reason, now)
    return back("/inbox", "已提交改派申请，等待值班室处理")


@router.post("/routed/items/{item_id}/reroute")
def reroute_item(
    item_id: ItemIdPath,
    principal: CaseForm,
    db: SessionDep,
    now: NowDep,
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    item = get_routed_item(db, principal, acting_unit(principal), item_id)
    request_reroute(db, principal, "item", item.id, reason, now)
    return RedirectResponse(f"/inbox?routed=items&msg={quote('已提交改派申请，等待值班室处理')}", status_code=303)


@router.post("/reroutes/{request_id}/resolve")
def resolve(
    request_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    state: StateDep,
    lead_unit: Annotated[str, Form(max_length=100)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    names = state.names.current()
    request = get_reroute_request(db, principal, request_id)
    if not lead_unit:
        raise InvalidInput("请选择改派至哪个单位", field="lead_unit")
    resolve_reroute(db, stages.cases, principal, request, now, lead_unit=lead_unit, note=note)
    return back("/desk", f"已改派至{names.unit(lead_unit)}")


@router.post("/reroutes/{request_id}/decline")
def decline(
    request_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    request = get_reroute_request(db, principal, request_id)
    decline_reroute(db, principal, request, now, note=note)
    return back("/desk", "已驳回改派申请")
