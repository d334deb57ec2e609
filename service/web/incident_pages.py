"""值班台 incident cards: acknowledging a card (every alert of it the desk saw) from the page."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import Response

from service.api.deps import NowDep, SessionDep, StagesDep, StateDep
from service.api.types import IdPath
from service.errors import InvalidInput
from service.incident_operations import acknowledge_incident
from service.levels import level_order
from service.queries.incidents import get_incident
from service.web.deps import DeskForm
from service.web.desk_pages import back

router = APIRouter()


@router.post("/incidents/{event_id}/ack")
def ack_incident(
    event_id: IdPath,
    principal: DeskForm,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    stages: StagesDep,
    upto: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    try:
        seen = datetime.fromisoformat(upto) if upto else None
    except ValueError as exc:
        raise InvalidInput("时间格式有误") from exc
    if seen is not None and seen.tzinfo is None:
        raise InvalidInput("时间须带时区")
    card = get_incident(db, principal, event_id, level_order(state.settings.jurisdiction_dir))
    done = acknowledge_incident(db, stages.events, principal, card, now, upto=seen)
    return back("/desk", f"已确认该事件的 {len(done)} 条预警" if done else "该事件没有待确认的预警")
