"""Leadership review: on-time rates per unit and rule, overdue cases, time to first release; xlsx."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Response

from models.timeutil import to_local
from service.api.deps import CurrentUser, NowDep, SessionDep, StagesDep
from service.api.responses import attachment, binary
from service.api.types import SaneDate
from service.periods import period
from service.review import review_as_dict, timeliness

router = APIRouter(prefix="/review", tags=["review"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/timeliness")
def read_timeliness(
    principal: CurrentUser,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    start: SaneDate | None = None,
    end: SaneDate | None = None,
) -> dict[str, Any]:
    """Cases dispatched between ``start`` and ``end`` (local days, inclusive; default last 30 days)."""
    since, until = period(now, start, end)
    return review_as_dict(timeliness(db, stages.timeliness, principal, since, until, now))


@router.get("/timeliness.xlsx", response_class=Response, responses=binary(XLSX, description="回应时效统计表"))
def export_timeliness(
    principal: CurrentUser,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    start: SaneDate | None = None,
    end: SaneDate | None = None,
) -> Response:
    from service.reports.xlsx import review_workbook

    since, until = period(now, start, end)
    data = review_workbook(timeliness(db, stages.timeliness, principal, since, until, now))
    first, last = to_local(since).date(), to_local(until).date() - timedelta(days=1)
    name = f"回应时效统计-{first.isoformat()}至{last.isoformat()}.xlsx"
    return Response(data, media_type=XLSX, headers=attachment(name, "timeliness.xlsx"))
