"""Incidents: the desk's feed as one card per event (its alerts grouped), and acknowledging a card.

The same cards reach the desk live: ``GET /api/v1/stream/alerts?group=event`` sends an ``incident``
event with the whole card whenever one of its alerts arrives.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.api.deps import CurrentUser, DeskUser, NowDep, SessionDep, StagesDep, StateDep
from service.api.incident_schemas import (
    IncidentAckPublic,
    IncidentAckRequest,
    IncidentPublic,
    IncidentsPublic,
    incident_public,
)
from service.api.responses import CONFLICT, MISSING, SIGNED_IN, STAGE, WITH_BODY
from service.api.types import IdPath
from service.incident_operations import acknowledge_incident
from service.levels import level_order
from service.queries.filters import ListFilter
from service.queries.incidents import get_incident, list_incidents

router = APIRouter(prefix="/incidents", tags=["incidents"], responses=SIGNED_IN)


@router.get("")
def read_incidents(
    principal: CurrentUser, db: SessionDep, state: StateDep, f: Annotated[ListFilter, Query()]
) -> IncidentsPublic:
    """One card per event, the most recently alerted first. Filters apply to the alerts (``topic``
    names a rule); ``status``: ``open`` (any alert not acknowledged), ``acknowledged`` (all), else
    all cards. A unit user sees only the alerts it may see."""
    order = level_order(state.settings.jurisdiction_dir)
    cards, more = list_incidents(db, principal, f, order)
    names = state.names.current()
    return IncidentsPublic(data=[incident_public(c, names) for c in cards], count=len(cards), has_more=more)


@router.get("/{event_id}", responses=MISSING)
def read_incident(event_id: IdPath, principal: CurrentUser, db: SessionDep, state: StateDep) -> IncidentPublic:
    """The card of an event (or of the event it was merged into)."""
    card = get_incident(db, principal, event_id, level_order(state.settings.jurisdiction_dir))
    return incident_public(card, state.names.current())


@router.post("/{event_id}/ack", responses={**WITH_BODY, **MISSING, **CONFLICT, **STAGE})
def acknowledge(
    event_id: IdPath,
    principal: DeskUser,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
    body: IncidentAckRequest | None = None,
) -> IncidentAckPublic:
    """确认: acknowledge every open alert of the card raised up to ``upto`` (default all), each
    recorded in its escalation log and the audit log; idempotent."""
    order = level_order(state.settings.jurisdiction_dir)
    card = get_incident(db, principal, event_id, order)
    done = acknowledge_incident(db, stages.events, principal, card, now, upto=body.upto if body else None)
    fresh = get_incident(db, principal, event_id, order)
    return IncidentAckPublic(acknowledged=done, incident=incident_public(fresh, state.names.current()))
