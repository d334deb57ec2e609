"""Routed 舆情: what reaches a unit before any case (its events and items, as lead or co-handler),
签收 for attention, asking the desk to reroute; the desk's answers to reroute requests."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session

from service.api.deps import CurrentUser, DeskUser, NowDep, SessionDep, StagesDep, StateDep
from service.api.responses import CONFLICT, MISSING, SIGNED_IN, STAGE, WITH_BODY
from service.api.routed_schemas import (
    RerouteBody,
    RerouteDeclineBody,
    RerouteRequestPublic,
    RerouteRequestsPublic,
    RerouteResolveBody,
    RoutedListPublic,
    RoutedSignPublic,
    reroute_public,
    routed_public,
)
from service.api.types import IdPath
from service.auth.principal import Principal
from service.names import Names
from service.queries.filters import Page
from service.queries.routed import (
    Kind,
    RoutedFilter,
    get_reroute_request,
    get_routed_event,
    get_routed_item,
    list_reroute_requests,
    request_targets,
    routed_events,
    routed_items,
    unit_of,
    unsigned_count,
)
from service.routed_operations import acting_unit, decline_reroute, request_reroute, resolve_reroute, sign_routed
from service.state import ServiceState

router = APIRouter(tags=["routed"], responses=SIGNED_IN)
ItemIdPath = Annotated[str, Path(min_length=1, max_length=64)]


def _list(
    kind: Kind, principal: Principal, db: Session, names: Names, now: datetime, f: RoutedFilter
) -> RoutedListPublic:
    unit = unit_of(principal, f.unit)
    if unit is None:
        return RoutedListPublic(data=[], count=0, has_more=False, unit=f.unit or "", unsigned=0)
    rows, more = (routed_events if kind == "event" else routed_items)(db, principal, unit, f, now)
    return RoutedListPublic(
        data=[routed_public(r, names) for r in rows],
        count=len(rows),
        has_more=more,
        unit=unit,
        unsigned=unsigned_count(db, principal, unit, kind, now),
    )


@router.get("/routed/events")
def read_routed_events(
    principal: CurrentUser, db: SessionDep, state: StateDep, now: NowDep, f: Annotated[RoutedFilter, Query()]
) -> RoutedListPublic:
    """Events routed to the unit (a unit user: its own; staff: ``unit``), not yet signed first, then
    the most severe and the newest; the last 30 days unless ``since``."""
    return _list("event", principal, db, state.names.current(), now, f)


@router.get("/routed/items")
def read_routed_items(
    principal: CurrentUser, db: SessionDep, state: StateDep, now: NowDep, f: Annotated[RoutedFilter, Query()]
) -> RoutedListPublic:
    """Items routed to the unit, in the same order as the events."""
    return _list("item", principal, db, state.names.current(), now, f)


def _signed(kind: Kind, target_id: str, principal: Principal, db: Session, now: datetime) -> RoutedSignPublic:
    sign, created = sign_routed(db, principal, kind, target_id, now)
    return RoutedSignPublic(
        kind=kind, target_id=target_id, signed_by=sign.signed_by, signed_at=sign.signed_at, created=created
    )


@router.post("/routed/events/{event_id}/sign", responses=MISSING)
def sign_event(event_id: IdPath, principal: CurrentUser, db: SessionDep, now: NowDep) -> RoutedSignPublic:
    """签收 an event routed to the unit (unit accounts only; idempotent; audited)."""
    event = get_routed_event(db, principal, acting_unit(principal), event_id)
    return _signed("event", str(event.id), principal, db, now)


@router.post("/routed/items/{item_id}/sign", responses=MISSING)
def sign_item(item_id: ItemIdPath, principal: CurrentUser, db: SessionDep, now: NowDep) -> RoutedSignPublic:
    """签收 an item routed to the unit (unit accounts only; idempotent; audited)."""
    item = get_routed_item(db, principal, acting_unit(principal), item_id)
    return _signed("item", item.id, principal, db, now)


@router.post("/routed/events/{event_id}/reroute", responses={**WITH_BODY, **MISSING, **CONFLICT})
def reroute_event(
    event_id: IdPath, body: RerouteBody, principal: CurrentUser, db: SessionDep, state: StateDep, now: NowDep
) -> RerouteRequestPublic:
    """Ask the desk to route this event elsewhere, with the reason (409 while one is open)."""
    event = get_routed_event(db, principal, acting_unit(principal), event_id)
    request = request_reroute(db, principal, "event", str(event.id), body.reason, now)
    return reroute_public(request, event, state.names.current())


@router.post("/routed/items/{item_id}/reroute", responses={**WITH_BODY, **MISSING, **CONFLICT})
def reroute_item(
    item_id: ItemIdPath, body: RerouteBody, principal: CurrentUser, db: SessionDep, state: StateDep, now: NowDep
) -> RerouteRequestPublic:
    """Ask the desk to route this item elsewhere, with the reason (409 while one is open)."""
    item = get_routed_item(db, principal, acting_unit(principal), item_id)
    request = request_reroute(db, principal, "item", item.id, body.reason, now)
    return reroute_public(request, item, state.names.current())


@router.get("/reroute-requests")
def read_reroute_requests(
    principal: CurrentUser,
    db: SessionDep,
    state: StateDep,
    page: Annotated[Page, Query()],
    status: Literal["open", "rerouted", "declined", "all"] = "open",
) -> RerouteRequestsPublic:
    """Reroute requests (``open`` by default, oldest first); a unit user sees its own unit's."""
    rows, more = list_reroute_requests(db, principal, status, page)
    targets = request_targets(db, rows)
    names = state.names.current()
    data = [reroute_public(r, targets.get((r.target_type, r.target_id)), names) for r in rows]
    return RerouteRequestsPublic(data=data, count=len(data), has_more=more)


def _answer(db: Session, state: ServiceState, request_id: int, principal: Principal) -> RerouteRequestPublic:
    request = get_reroute_request(db, principal, request_id)
    target = request_targets(db, [request]).get((request.target_type, request.target_id))
    return reroute_public(request, target, state.names.current())


@router.post("/reroute-requests/{request_id}/resolve", responses={**WITH_BODY, **MISSING, **CONFLICT, **STAGE})
def resolve(
    request_id: IdPath,
    body: RerouteResolveBody,
    principal: DeskUser,
    db: SessionDep,
    state: StateDep,
    stages: StagesDep,
    now: NowDep,
) -> RerouteRequestPublic:
    """改派: route the target to ``lead_unit`` instead of the requesting unit (an open case it leads
    is transferred, its clock untouched); 409 when the request was answered already."""
    request = get_reroute_request(db, principal, request_id)
    resolve_reroute(
        db, stages.cases, principal, request, now, lead_unit=body.lead_unit, co_units=body.co_units, note=body.note
    )
    return _answer(db, state, request_id, principal)


@router.post("/reroute-requests/{request_id}/decline", responses={**WITH_BODY, **MISSING, **CONFLICT})
def decline(
    request_id: IdPath, body: RerouteDeclineBody, principal: DeskUser, db: SessionDep, state: StateDep, now: NowDep
) -> RerouteRequestPublic:
    """驳回 a reroute request with a note: the routing stays."""
    request = get_reroute_request(db, principal, request_id)
    decline_reroute(db, principal, request, now, note=body.note)
    return _answer(db, state, request_id, principal)
