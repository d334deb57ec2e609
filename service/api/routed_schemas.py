"""Public shapes of the units' routed 舆情 and the reroute requests; built once (:func:`routed_public`,
:func:`reroute_public`) for the API and the pages."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from models.db import Event, Item
from models.db.routed import RerouteRequest
from models.enums import IncidentGrade
from service.api.schemas import unsure_topic
from service.names import Names
from service.queries.routed import RoutedRow

REQUEST_STATUS = {"open": "待处理", "rerouted": "已改派", "declined": "已驳回"}


class RerouteRequestPublic(BaseModel):
    id: int
    unit: str
    unit_name: str
    target_type: Literal["event", "item"]
    target_id: str
    title: str = Field(description="The event's or item's title")
    reason: str
    requested_by: str
    requested_at: datetime
    status: Literal["open", "rerouted", "declined"]
    status_label: str
    resolved_by: str | None
    resolved_at: datetime | None
    lead_unit: str | None = Field(description="The unit the desk routed it to (rerouted)")
    lead_unit_name: str | None
    note: str = Field(description="The desk's note (why declined, or about the reroute)")


class RerouteRequestsPublic(BaseModel):
    data: list[RerouteRequestPublic]
    count: int
    has_more: bool


class RoutedPublic(BaseModel):
    """An event or item routed to the unit, with why and what the unit did about it."""

    kind: Literal["event", "item"]
    event_id: int | None
    item_id: str | None
    title: str
    grade: str | None
    grade_label: str | None
    places: list[str]
    role: Literal["lead", "co"]
    role_label: str
    why: str = Field(description="Why it came to the unit: the routing rule(s), its role, 属地")
    routing_rules: list[str]
    topic: str | None = Field(description="The topic (领域) routing read, as an id")
    topic_name: str | None = Field(description="The topic's name")
    topic_unsure: bool = Field(
        description="An item whose topic the classifier was not sure of (confidence below 0.5): the routing "
        "may be wrong, a reroute request is the remedy"
    )
    item_count: int
    first_at: datetime = Field(description="Event first seen, or item published")
    last_at: datetime = Field(description="Event last seen, or item stored")
    signed: bool
    signed_by: str | None
    signed_at: datetime | None
    case_id: int | None = Field(description="The open case of its event the unit is on")
    reroute: RerouteRequestPublic | None = Field(description="The unit's latest reroute request for it")


class RoutedListPublic(BaseModel):
    data: list[RoutedPublic]
    count: int
    has_more: bool
    unit: str
    unsigned: int = Field(
        description="Routed in the last 30 days and waiting for 签收: not signed and not in an open case of the unit"
        " (the whole list, not this page)"
    )


class RoutedSignPublic(BaseModel):
    kind: Literal["event", "item"]
    target_id: str
    signed_by: str
    signed_at: datetime
    created: bool = Field(description="False when it was signed already (nothing changed)")


class RerouteBody(BaseModel):
    reason: str = Field(min_length=1, max_length=2000, description="Why the unit is not the right one")


class RerouteResolveBody(BaseModel):
    lead_unit: str = Field(min_length=1, max_length=100, description="The unit to route it to instead")
    co_units: list[str] | None = Field(
        default=None, max_length=20, description="Co-handlers (default: the current ones without the requester)"
    )
    note: str = Field(default="", max_length=2000)


class RerouteDeclineBody(BaseModel):
    note: str = Field(min_length=1, max_length=2000, description="Why the routing stays")


def _grade_label(grade: str | None) -> str | None:
    return IncidentGrade(grade).label if grade is not None and grade in IncidentGrade._value2member_map_ else grade


def why_routed(row: RoutedRow, names: Names) -> str:
    """``路由规则「火灾」· 协办（属地）``, or ``值班室指定 · 牵头`` when no rule named the unit."""
    source = "、".join(f"「{r}」" for r in row.rules)
    text = f"路由规则{source}" if source else "值班室指定"
    text += " · " + ("牵头" if row.lead else "协办")
    target = row.item if row.item is not None else row.event
    places = list(target.places or []) if target is not None else []
    if names.unit(row.unit) in places:
        text += "（属地）"
    return text


def reroute_public(request: RerouteRequest, target: Event | Item | None, names: Names) -> RerouteRequestPublic:
    resolution = request.resolution or {}
    lead = resolution.get("lead_unit")
    return RerouteRequestPublic(
        id=request.id,
        unit=request.unit_id,
        unit_name=names.unit(request.unit_id),
        target_type="event" if request.target_type == "event" else "item",
        target_id=request.target_id,
        title=target.title if target is not None else "（已不存在）",
        reason=request.reason,
        requested_by=request.requested_by,
        requested_at=request.requested_at,
        status=request.status if request.status in REQUEST_STATUS else "open",  # type: ignore[arg-type]
        status_label=REQUEST_STATUS.get(request.status, request.status),
        resolved_by=request.resolved_by,
        resolved_at=request.resolved_at,
        lead_unit=lead,
        lead_unit_name=names.unit(lead) if lead else None,
        note=str(resolution.get("note") or ""),
    )


def routed_public(row: RoutedRow, names: Names) -> RoutedPublic:
    if row.item is not None:
        item = row.item
        title, grade, places = item.title, item.grade, list(item.places or [])
        first, last, count = item.published_at, item.stored_at, 1
        topic, unsure = item.topic, unsure_topic(item.topic_confidence)
    else:
        assert row.event is not None
        event = row.event
        title, grade, places = event.title, event.grade, list(event.places or [])
        first, last, count = event.first_seen_at, event.last_seen_at, event.item_count
        topic, unsure = event.topic, False
    return RoutedPublic(
        kind=row.kind,
        event_id=row.event.id if row.event is not None else (row.item.event_id if row.item is not None else None),
        item_id=row.item.id if row.item is not None else None,
        title=title,
        grade=grade,
        grade_label=_grade_label(grade),
        places=[str(p) for p in places],
        role="lead" if row.lead else "co",
        role_label="牵头" if row.lead else "协办",
        why=why_routed(row, names),
        routing_rules=row.rules,
        topic=topic,
        topic_name=names.topic(topic) if topic else None,
        topic_unsure=unsure,
        item_count=count,
        first_at=first,
        last_at=last,
        signed=row.signed is not None,
        signed_by=row.signed.signed_by if row.signed else None,
        signed_at=row.signed.signed_at if row.signed else None,
        case_id=row.case_id,
        reroute=reroute_public(row.request, row.item or row.event, names) if row.request else None,
    )
