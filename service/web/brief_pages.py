"""The 简要信息 draft of an event as a Word file: pre-filled from the event's facts, or as edited on the page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import Response

from service.api.deps import NowDep, SessionDep, StateDep
from service.api.responses import attachment
from service.api.types import IdPath
from service.queries.events import event_items, get_event
from service.reports.incident_brief import MAX_DRAFT, draft_document, draft_text, event_facts
from service.web.deps import FormUser, WebUser

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx(event_id: int, body: bytes) -> Response:
    return Response(
        body, media_type=DOCX, headers=attachment(f"简要信息-事件{event_id}.docx", f"brief-{event_id}.docx")
    )


@router.get("/events/{event_id}/brief.docx")
def brief_draft(event_id: IdPath, principal: WebUser, db: SessionDep, now: NowDep, state: StateDep) -> Response:
    """The draft pre-filled from the event's facts."""
    event = get_event(db, principal, event_id)
    items = event_items(db, principal, event.id)
    facts = event_facts(items)
    text = draft_text(event, facts, state.names.current().units, now)
    return _docx(event.id, draft_document(text, facts, {i.id: i.url for i in items}, now))


@router.post("/events/{event_id}/brief.docx")
def brief_edited(
    event_id: IdPath,
    principal: FormUser,
    db: SessionDep,
    now: NowDep,
    draft: Annotated[str, Form(min_length=1, max_length=MAX_DRAFT)],
) -> Response:
    """The draft as the user edited it on the event page, with the facts' evidence appended."""
    event = get_event(db, principal, event_id)
    items = event_items(db, principal, event.id)
    return _docx(event.id, draft_document(draft, event_facts(items), {i.id: i.url for i in items}, now))
