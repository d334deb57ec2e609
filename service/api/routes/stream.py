"""Server-sent events: new alerts appear on the desk's feed without reloading.

The stream reads the ``alerts`` topic (:mod:`service.feed`), the one door from the alerting stage
to the desk: every alert the alerting workers store is published there once it is committed, and
each re-notification of the desk again. For each entry the stream sends the stored alert as this
user may see it (a unit user only its own unit's); the SSE id is the entry's offset, so a
reconnecting browser (``Last-Event-ID``) resumes right after it, without gaps or repeats.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

import anyio
from fastapi import APIRouter, Request
from sqlalchemy import select
from sse_starlette import EventSourceResponse
from starlette.concurrency import run_in_threadpool

from models.db import Unit
from models.timeutil import to_local
from service.api.deps import CurrentUser, NowDep, StateDep
from service.api.schemas import AlertPublic
from service.auth.principal import Principal
from service.feed import FeedReader
from service.queries.alerts import alerts_by_id
from service.state import ServiceState
from service.web.render import level_class

router = APIRouter(prefix="/stream", tags=["stream"])

CLOCK_SLACK = timedelta(seconds=2)
"""Start this much before the page's time: the desk page lists what was stored before it was drawn,
the browser drops an alert it already shows, so a little overlap costs nothing and loses nothing."""


def _cursor(last_event_id: str | None, after: str | None, now: datetime) -> tuple[int | None, datetime | None]:
    """``(offset, None)`` from a ``Last-Event-ID``; else ``(None, time)`` from ``after`` (the time the
    page was drawn, ISO 8601; an older ``<time>|<alert id>`` cursor is read by its time); else now."""
    if last_event_id and last_event_id.isdigit():
        return int(last_event_id), None
    stamp = (after or "").partition("|")[0]
    try:
        parsed = datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        return None, now
    return None, parsed - CLOCK_SLACK


def alert_event(alert: Any, names: dict[str, str], offset: int) -> dict[str, str]:
    data = AlertPublic.model_validate(alert).model_dump(mode="json")
    data["created_local"] = to_local(alert.created_at).strftime("%m-%d %H:%M:%S")
    data["rule_name"] = (alert.detail or {}).get("rule_name") or alert.rule
    data["level_class"] = level_class(alert.level)
    data["unit_names"] = [names.get(u, u) for u in alert.units or []]
    return {"event": "alert", "id": str(offset), "data": json.dumps(data, ensure_ascii=False)}


async def _events(
    request: Request, state: ServiceState, principal: Principal, reader: FeedReader
) -> AsyncIterator[dict[str, str]]:
    def fetch(ids: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
        with state.sessions() as db:
            alerts = alerts_by_id(db, principal, ids)
            names = {u.id: u.name for u in db.scalars(select(Unit))} if alerts else {}
            return alerts, names

    try:
        while not await request.is_disconnected():
            entries = await run_in_threadpool(reader.poll, state.sse_poll_seconds)
            if not entries:
                continue
            alerts, names = await run_in_threadpool(fetch, [e.message.id for e in entries])
            for entry in entries:
                alert = alerts.get(entry.message.id)
                if alert is not None:
                    yield alert_event(alert, names, entry.offset)
    finally:
        with anyio.CancelScope(shield=True):  # also when the server shuts down mid-stream
            await run_in_threadpool(reader.close)


@router.get("/alerts")
async def stream_alerts(
    request: Request, principal: CurrentUser, state: StateDep, now: NowDep, after: str | None = None
) -> EventSourceResponse:
    """``text/event-stream`` of alerts after ``Last-Event-ID`` (an offset of the feed), else from
    ``after`` (the time the page was drawn), else from the connection time."""
    offset, since = _cursor(request.headers.get("last-event-id"), after, now)
    reader = await run_in_threadpool(state.alert_feed().open, after=offset, since=since)
    return EventSourceResponse(_events(request, state, principal, reader), ping=15)
