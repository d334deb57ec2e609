"""The 专报 of one event as Word or PDF, for whoever may see the event (a unit user: its own)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from service.api.deps import NowDep, SessionDep, StagesDep, StateDep
from service.api.responses import attachment
from service.api.routes.reports import MEDIA, public_base
from service.api.types import IdPath
from service.queries.events import get_event
from service.reports.special import build_special
from service.web.deps import WebUser

router = APIRouter()


@router.get("/events/{event_id}/special.{fmt}")
def special_report(
    event_id: IdPath,
    fmt: Literal["docx", "pdf"],
    request: Request,
    principal: WebUser,
    db: SessionDep,
    now: NowDep,
    stages: StagesDep,
    state: StateDep,
) -> Response:
    """The 专报 as of now; links to the web UI at ``YUQING_PUBLIC_URL`` (else this request's address)."""
    from service.reports.docx import render_docx
    from service.reports.pdf import render_pdf
    from service.reports.special_blocks import special_blocks, special_title

    event = get_event(db, principal, event_id)
    names = state.names.current()
    special = build_special(db, stages.cases, principal, event, now, names=names)
    base = public_base(request, state.settings.public_url)
    blocks = special_blocks(special, names)
    body = render_docx(blocks, base) if fmt == "docx" else render_pdf(blocks, special_title(special), base)
    headers = attachment(f"专报-事件{event.id}.{fmt}", f"special-{event.id}.{fmt}")
    return Response(body, media_type=MEDIA[fmt], headers=headers)
