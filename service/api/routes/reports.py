"""Daily and weekly briefs (日报/周报), generated on demand as docx or xlsx."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Literal

from fastapi import APIRouter, Response

from models.timeutil import SHANGHAI, to_local
from service.api.deps import NowDep, ReviewUser, SessionDep, StagesDep, StateDep
from service.api.responses import binary
from service.api.types import SaneDate
from service.reports.brief import build_brief

router = APIRouter(prefix="/reports", tags=["reports"])

MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@router.get("/{kind}.{fmt}", response_class=Response, responses=binary(*MEDIA.values(), description="日报/周报文件"))
def brief(
    kind: Literal["daily", "weekly"],
    fmt: Literal["docx", "xlsx"],
    principal: ReviewUser,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    state: StateDep,
    day: SaneDate | None = None,
) -> Response:
    """The brief for the local day ``day`` (default today; weekly: the 7 days ending with it)."""
    from service.reports.docx import brief_document
    from service.reports.xlsx import brief_workbook

    day = day or to_local(now).date()
    until = datetime.combine(day + timedelta(days=1), time(0), tzinfo=SHANGHAI)
    data = build_brief(db, stages.timeliness, principal, kind, until, now, state.names.current())
    body = brief_document(data) if fmt == "docx" else brief_workbook(data)
    name = f"{kind}-{day.isoformat()}.{fmt}"
    return Response(body, media_type=MEDIA[fmt], headers={"content-disposition": f'attachment; filename="{name}"'})
