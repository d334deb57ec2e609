"""Alerts: the desk's feed and acknowledgement."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service import operations
from service.api.deps import CurrentUser, DeskUser, NowDep, SessionDep, StagesDep
from service.api.responses import MISSING, STAGE
from service.api.schemas import Ack, AlertPublic, AlertsPublic
from service.api.types import TextId
from service.queries.alerts import get_alert, list_alerts
from service.queries.filters import ListFilter

router = APIRouter(prefix="/alerts", tags=["alerts"])


@router.get("")
def read_alerts(principal: CurrentUser, db: SessionDep, f: Annotated[ListFilter, Query()]) -> AlertsPublic:
    rows, more = list_alerts(db, principal, f)
    return AlertsPublic(data=[AlertPublic.model_validate(r) for r in rows], count=len(rows), has_more=more)


@router.get("/{alert_id}", responses=MISSING)
def read_alert(alert_id: TextId, principal: CurrentUser, db: SessionDep) -> AlertPublic:
    return AlertPublic.model_validate(get_alert(db, principal, alert_id))


@router.post("/{alert_id}/ack", responses={**MISSING, **STAGE})
def acknowledge(alert_id: TextId, principal: DeskUser, db: SessionDep, now: NowDep, stages: StagesDep) -> Ack:
    """Acknowledge an alert (stops its escalation)."""
    operations.acknowledge_alert(db, stages.events, principal, get_alert(db, principal, alert_id), now)
    return Ack()
