"""单位工作台: dispatched cases with deadlines counting down, and the unit's actions on them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response
from pydantic import ValidationError

from models.db import Unit
from models.enums import CaseActionKind, DeadlineState, IncidentGrade
from service.api.deps import NowDep, SessionDep, StagesDep, StateDep
from service.api.schemas import CaseActionRequest
from service.api.types import IdPath
from service.case_operations import act_on_case, offered_actions
from service.errors import InvalidInput
from service.queries.cases import case_actions, deadlines_of, get_case, list_cases
from service.queries.filters import ListFilter
from service.web.deps import CaseForm, UnitPage
from service.web.desk_pages import back, units_of
from service.web.forms import invalid_form
from service.web.render import page
from service.web.routed_views import RoutedView, routed_context

router = APIRouter()


def next_deadline(deadlines: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The earliest still-running or missed required deadline (what the countdown shows)."""
    live = [d for d in deadlines if DeadlineState(d["status"]).running and d["due_at"] is not None]
    return min(live, key=lambda d: d["due_at"], default=None)


@router.get("/inbox")
def inbox(
    request: Request,
    principal: UnitPage,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    state: StateDep,
    f: Annotated[ListFilter, Query()],
    routed: Annotated[RoutedView, Query()] = "events",
) -> Response:
    if f.status is None:
        f = f.model_copy(update={"status": "open"})
    unit_id = principal.unit_id if principal.is_unit else f.unit
    routed_lists = routed_context(db, principal, unit_id, routed, now, state.names.current())
    cases, more = list_cases(db, principal, f, with_actions=True)
    rows = []
    for case in cases:
        deadlines = deadlines_of(stages.cases, case, list(case.actions), now)
        rows.append({"case": case, "next": next_deadline(deadlines), "deadlines": deadlines})
    unit = db.get(Unit, principal.unit_id) if principal.unit_id else None
    return page(request, "inbox.html", rows=rows, more=more, f=f, unit=unit, now=now, **routed_lists)


@router.get("/cases/{case_id}")
def case_page(
    case_id: IdPath, request: Request, principal: UnitPage, db: SessionDep, now: NowDep, stages: StagesDep
) -> Response:
    case = get_case(db, principal, case_id)
    actions = case_actions(db, case.id)
    allowed = offered_actions(principal, case)  # only what the case's state allows
    return page(
        request,
        "case.html",
        case=case,
        actions=actions,
        deadlines=deadlines_of(stages.cases, case, actions, now),
        allowed={a.value for a in allowed},
        kinds=CaseActionKind,
        units=units_of(db),
        grades=list(IncidentGrade),
    )


@router.post("/cases/{case_id}/actions")
def case_action(
    case_id: IdPath,
    principal: CaseForm,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    kind: Annotated[str, Form(max_length=40)],
    url: Annotated[str, Form(max_length=2000)] = "",
    channel: Annotated[str, Form(max_length=200)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    content: Annotated[str, Form(max_length=5000)] = "",
    reason: Annotated[str, Form(max_length=2000)] = "",
    place: Annotated[str, Form(max_length=200)] = "",
    speaker: Annotated[str, Form(max_length=200)] = "",
    result: Annotated[str, Form(max_length=5000)] = "",
    to_unit: Annotated[str, Form(max_length=100)] = "",
    grade: Annotated[str, Form(max_length=40)] = "",
    occurred_at: Annotated[str, Form(max_length=40)] = "",
    at: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    case = get_case(db, principal, case_id)
    raw = {
        "kind": kind,
        "url": url or None,
        "channel": channel or None,
        "note": note,
        "content": content,
        "reason": reason,
        "place": place,
        "speaker": speaker,
        "result": result,
        "to_unit": to_unit or None,
        "grade": grade or None,
        "occurred_at": _local_input(occurred_at),
        "at": _local_input(at),
    }
    try:
        body = CaseActionRequest.model_validate(raw)
    except ValidationError as exc:
        raise invalid_form(exc) from exc
    act_on_case(db, stages.cases, principal, case, body.kind, now, at=body.at, details=body.details())
    return back(f"/cases/{case_id}", f"已记录：{CaseActionKind(body.kind).label}")


def _local_input(value: str) -> datetime | None:
    """A ``datetime-local`` form value (Asia/Shanghai wall time; validated by the request model)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput("时间格式应为 YYYY-MM-DDTHH:MM") from exc
