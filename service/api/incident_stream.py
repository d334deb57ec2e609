"""The live feed grouped by incident (``GET /api/v1/stream/alerts?group=event``).

Polls for alerts after the cursor exactly like the per-alert stream, then sends one ``incident``
event per card those alerts belong to, carrying the whole card (:class:`IncidentPublic` plus what the
page needs to draw it), ordered by each card's newest new alert; the SSE id of an event is the
cursor of that alert, so a reconnecting browser resumes without gaps (a card may come again, whole).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import datetime

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from models.timeutil import to_local
from service.api.incident_schemas import incident_public
from service.auth.principal import Principal
from service.levels import level_order
from service.queries.alerts import alerts_after
from service.queries.incidents import incidents_of
from service.state import ServiceState
from service.web.render import level_class


def _fetch(
    state: ServiceState, principal: Principal, after: tuple[datetime, str]
) -> tuple[list[dict[str, str]], tuple[datetime, str] | None]:
    with state.sessions() as db:
        alerts = alerts_after(db, principal, after[0], after[1])
        if not alerts:
            return [], None
        names = state.names.current()
        cards = incidents_of(db, principal, alerts, level_order(state.settings.jurisdiction_dir))
        events = []
        for card, alert in cards:
            data = incident_public(card, names).model_dump(mode="json")
            data["last_local"] = to_local(card.last_at).strftime("%m-%d %H:%M:%S")
            data["level_class"] = level_class(card.level)
            cursor = f"{alert.created_at.isoformat()}|{alert.id}"
            events.append({"event": "incident", "id": cursor, "data": json.dumps(data, ensure_ascii=False)})
        return events, (alerts[-1].created_at, alerts[-1].id)


async def incident_events(
    request: Request, state: ServiceState, principal: Principal, cursor: tuple[datetime, str]
) -> AsyncIterator[dict[str, str]]:
    loop = asyncio.get_running_loop()
    deadline = None if state.sse_max_seconds is None else loop.time() + state.sse_max_seconds
    while not await request.is_disconnected():
        if deadline is not None and loop.time() >= deadline:
            return  # the browser's EventSource reconnects with Last-Event-ID: nothing is missed
        events, last = await run_in_threadpool(_fetch, state, principal, cursor)
        for event in events:
            yield event
        if last is not None:
            cursor = last
        await asyncio.sleep(state.sse_poll_seconds)
