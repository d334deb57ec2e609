"""Cases (派单后的处置): the unit inbox, detail with deadlines, and actions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.api.deps import CaseUser, CurrentUser, NowDep, SessionDep, StagesDep
from service.api.responses import CONFLICT, MISSING, STAGE, WITH_BODY
from service.api.schemas import Ack, CaseActionPublic, CaseActionRequest, CaseDetailPublic, CasePublic, CasesPublic
from service.api.types import IdPath
from service.case_operations import act_on_case
from service.queries.cases import case_actions, deadlines_of, get_case, list_cases
from service.queries.filters import ListFilter

router = APIRouter(prefix="/cases", tags=["cases"])


@router.get("")
def read_cases(principal: CurrentUser, db: SessionDep, f: Annotated[ListFilter, Query()]) -> CasesPublic:
    """Cases visible to the user (a unit user: its own unit's only); ``status=open`` for the inbox."""
    rows, more = list_cases(db, principal, f)
    return CasesPublic(data=[CasePublic.model_validate(r) for r in rows], count=len(rows), has_more=more)


@router.get("/{case_id}", responses=MISSING)
def read_case(
    case_id: IdPath, principal: CurrentUser, db: SessionDep, now: NowDep, stages: StagesDep
) -> CaseDetailPublic:
    case = get_case(db, principal, case_id)
    actions = case_actions(db, case.id)
    return CaseDetailPublic(
        case=CasePublic.model_validate(case),
        actions=[CaseActionPublic.model_validate(a) for a in actions],
        deadlines=deadlines_of(stages.cases, case, actions, now),
    )


@router.post("/{case_id}/actions", responses={**WITH_BODY, **MISSING, **CONFLICT, **STAGE})
def add_action(
    case_id: IdPath, body: CaseActionRequest, principal: CaseUser, db: SessionDep, now: NowDep, stages: StagesDep
) -> Ack:
    """签收 sign, 退单 return (reason), 首次发布 first_release (url), 新闻发布会 press_conference,
    持续发布 follow_up, 回应 response, 办结 close."""
    case = get_case(db, principal, case_id)
    act_on_case(db, stages.cases, principal, case, body.kind, now, at=body.at, details=body.details())
    return Ack()
