"""人工报送: a person reports an item; it enters the pipeline on ``items.raw`` like any collected one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from models.enums import Role
from service.api.deps import NowDep, SessionDep, StateDep, require_roles
from service.api.responses import STAGE, WITH_BODY
from service.api.schemas import Ack, ManualReportRequest
from service.auth.principal import Principal
from service.manual_reports import submit_report

router = APIRouter(prefix="/manual-reports", tags=["manual"])

Reporter = Annotated[Principal, Depends(require_roles(Role.DESK, Role.UNIT))]


@router.post("", status_code=202, responses={**WITH_BODY, **STAGE})
def submit(body: ManualReportRequest, principal: Reporter, state: StateDep, db: SessionDep, now: NowDep) -> Ack:
    """Publish the report to ``items.raw`` (202: accepted into the pipeline); returns its item id."""
    return Ack(detail={"item_id": submit_report(db, state, principal, body, now)})
