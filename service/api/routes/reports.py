"""Daily and weekly briefs (日报/周报), generated on demand as docx, PDF or xlsx.

Their evidence links point at ``YUQING_PUBLIC_URL`` when set, else at the address the brief was
downloaded from (:func:`public_base`)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Literal

from fastapi import APIRouter, Request, Response

from models.timeutil import SHANGHAI, to_local
from service.api.deps import NowDep, ReviewUser, SessionDep, StagesDep, StateDep
from service.api.responses import attachment, binary
from service.api.types import SaneDate
from service.reports.brief import build_brief

router = APIRouter(prefix="/reports", tags=["reports"])

MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def public_base(request: Request, public_url: str | None) -> str:
    """The web UI's address for links in a document: the configured one, else this request's."""
    return (public_url or str(request.base_url)).rstrip("/")


@router.get("/{kind}.{fmt}", response_class=Response, responses=binary(*MEDIA.values(), description="日报/周报文件"))
def brief(
    kind: Literal["daily", "weekly"],
    fmt: Literal["docx", "xlsx", "pdf"],
    request: Request,
    principal: ReviewUser,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    state: StateDep,
    day: SaneDate | None = None,
) -> Response:
    """The brief for the local day ``day`` (default today; weekly: the 7 days ending with it)."""
    from service.reports.docx import brief_document
    from service.reports.pdf import brief_pdf
    from service.reports.xlsx import brief_workbook

    day = day or to_local(now).date()
    until = datetime.combine(day + timedelta(days=1), time(0), tzinfo=SHANGHAI)
    data = build_brief(db, stages.timeliness, principal, kind, until, now, state.names.current())
    base = public_base(request, state.settings.public_url)
    render = {"docx": brief_document, "xlsx": brief_workbook, "pdf": brief_pdf}[fmt]
    body = render(data, base)
    title = "舆情日报" if kind == "daily" else "舆情周报"
    name = f"{kind}-{day.isoformat()}.{fmt}"
    return Response(body, media_type=MEDIA[fmt], headers=attachment(f"{title}-{day.isoformat()}.{fmt}", name))
