"""Events: list, detail with items and spread, the desk's corrections, merge, split and dispatch."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from models.enums import IncidentGrade
from service import operations
from service.api.deps import CurrentUser, DeskUser, NowDep, SessionDep, StagesDep, StateDep
from service.api.responses import CONFLICT, MISSING, STAGE, WITH_BODY
from service.api.schemas import (
    Ack,
    CasePublic,
    CorrectionRequest,
    DispatchRequest,
    EventDetailPublic,
    EventPublic,
    EventsPublic,
    ItemPublic,
    MergeRequest,
    SplitRequest,
)
from service.api.spread_schemas import SpreadPublic
from service.api.types import IdPath
from service.queries.events import event_items, get_event, list_events, spread_by_hour
from service.queries.filters import ListFilter
from service.queries.spread import LIST_LIMIT, spread_path

router = APIRouter(prefix="/events", tags=["events"])


@router.get("")
def read_events(principal: CurrentUser, db: SessionDep, f: Annotated[ListFilter, Query()]) -> EventsPublic:
    rows, more = list_events(db, principal, f)
    return EventsPublic(data=[EventPublic.model_validate(r) for r in rows], count=len(rows), has_more=more)


@router.get("/{event_id}", responses=MISSING)
def read_event(event_id: IdPath, principal: CurrentUser, db: SessionDep) -> EventDetailPublic:
    event = get_event(db, principal, event_id)
    items = event_items(db, principal, event.id)
    return EventDetailPublic(
        event=EventPublic.model_validate(event),
        items=[ItemPublic.model_validate(i) for i in items],
        spread=spread_by_hour(items),
    )


@router.get("/{event_id}/spread", responses=MISSING)
def read_spread(
    event_id: IdPath,
    principal: CurrentUser,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    limit: Annotated[int, Query(ge=1, le=5000, description="列出的条目上限（统计涵盖全部）")] = LIST_LIMIT,
) -> SpreadPublic:
    """传播路径: the first post (首发), the items by time and source tier, the hours the volume jumped,
    the peak hour and the first official response (the earliest 首次发布 of the event's cases), as
    the user may see them (a unit user: its own items and cases; 404 for an event it cannot see)."""
    return SpreadPublic.of(spread_path(db, principal, event_id, now, names=state.names.current(), limit=limit))


@router.post("/{event_id}/labels", responses={**WITH_BODY, **MISSING})
def correct_labels(
    event_id: IdPath, body: CorrectionRequest, principal: DeskUser, db: SessionDep, now: NowDep, state: StateDep
) -> Ack:
    """Confirm or correct topic, grade and units (corrections become training data). The topic is a
    topic id of the jurisdiction's taxonomy, the units are unit ids of the directory (else 422)."""
    event = get_event(db, principal, event_id)
    result = operations.correct_event(
        db,
        principal,
        event,
        now,
        topic=body.topic,
        grade=body.grade.value if isinstance(body.grade, IncidentGrade) else body.grade,
        lead_unit=body.lead_unit,
        co_units=body.co_units,
        confirm=body.confirm,
        topics=state.names.current().topics,
    )
    return Ack(detail=result)


@router.post("/{event_id}/merge", responses={**WITH_BODY, **MISSING, **CONFLICT, **STAGE})
def merge(
    event_id: IdPath, body: MergeRequest, principal: DeskUser, db: SessionDep, now: NowDep, stages: StagesDep
) -> Ack:
    """Merge the given events into this one."""
    target = get_event(db, principal, event_id)
    for source_id in body.source_event_ids:
        get_event(db, principal, source_id)
    operations.merge_events(db, stages.events, principal, target, body.source_event_ids, now)
    return Ack(detail={"event_id": target.id})


@router.post("/{event_id}/split", responses={**WITH_BODY, **MISSING, **CONFLICT, **STAGE})
def split(
    event_id: IdPath, body: SplitRequest, principal: DeskUser, db: SessionDep, now: NowDep, stages: StagesDep
) -> Ack:
    """Move the given items of this event into a new event."""
    event = get_event(db, principal, event_id)
    new_id = operations.split_event(db, stages.events, principal, event, body.item_ids, now)
    return Ack(detail={"event_id": new_id})


@router.post("/{event_id}/dispatch", responses={**WITH_BODY, **MISSING, **CONFLICT, **STAGE})
def dispatch(
    event_id: IdPath,
    body: DispatchRequest,
    principal: DeskUser,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
) -> CasePublic:
    """派单: dispatch the event to a lead unit (default: the routed one) and co-handlers."""
    from service.case_operations import dispatch_event, jurisdiction_policy

    event = get_event(db, principal, event_id)
    case = dispatch_event(
        db,
        stages.cases,
        principal,
        event,
        now,
        lead_unit=body.lead_unit,
        co_units=body.co_units,
        note=body.note,
        policy=jurisdiction_policy(stages.cases, state.settings.jurisdiction_dir, db),
    )
    return CasePublic.model_validate(case)
