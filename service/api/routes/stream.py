"""Server-sent events: new alerts appear on the desk's feed without reloading.

The stream polls the ``alerts`` table (written by the alerting stage in any process) every
``sse_poll_seconds`` for rows after its cursor ``(created_at, id)``; the SSE id carries the cursor,
so a reconnecting browser (``Last-Event-ID``) resumes without gaps or repeats.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from sse_starlette import EventSourceResponse
from starlette.concurrency import run_in_threadpool

from models.timeutil import to_local
from service.api.deps import CurrentUser, NowDep, StateDep
from service.api.incident_stream import incident_events
from service.api.schemas import AlertPublic
from service.api.types import NO_NUL
from service.auth.principal import Principal
from service.names import Names
from service.queries.alerts import alerts_after
from service.state import ServiceState
from service.web.render import level_class

router = APIRouter(prefix="/stream", tags=["stream"])


def _cursor(last_event_id: str | None, now: datetime) -> tuple[datetime, str]:
    if last_event_id and "|" in last_event_id:
        stamp, _, alert_id = last_event_id.partition("|")
        try:
            parsed = datetime.fromisoformat(stamp)
            if parsed.tzinfo is not None:
                return parsed, alert_id
        except ValueError:
            pass
    return now, ""


def alert_event(alert: Any, names: Names) -> dict[str, str]:
    data = AlertPublic.model_validate(alert).model_dump(mode="json")
    data["created_local"] = to_local(alert.created_at).strftime("%m-%d %H:%M:%S")
    data["rule_name"] = (alert.detail or {}).get("rule_name") or names.rule(alert.rule)
    data["level_class"] = level_class(alert.level)
    data["unit_names"] = [names.unit(u) for u in alert.units or []]
    return {
        "event": "alert",
        "id": f"{alert.created_at.isoformat()}|{alert.id}",
        "data": json.dumps(data, ensure_ascii=False),
    }


async def _events(
    request: Request, state: ServiceState, principal: Principal, cursor: tuple[datetime, str]
) -> AsyncIterator[dict[str, str]]:
    def fetch(after: tuple[datetime, str]) -> tuple[list[Any], Names]:
        with state.sessions() as db:
            alerts = alerts_after(db, principal, after[0], after[1])
        return alerts, state.names.current() if alerts else Names()

    loop = asyncio.get_running_loop()
    deadline = None if state.sse_max_seconds is None else loop.time() + state.sse_max_seconds
    while not await request.is_disconnected():
        if deadline is not None and loop.time() >= deadline:
            return  # the browser's EventSource reconnects with Last-Event-ID: nothing is missed
        alerts, names = await run_in_threadpool(fetch, cursor)
        for alert in alerts:
            cursor = (alert.created_at, alert.id)
            yield alert_event(alert, names)
        await asyncio.sleep(state.sse_poll_seconds)


@router.get(
    "/alerts",
    response_class=EventSourceResponse,
    responses={200: {"description": "预警事件流", "content": {"text/event-stream": {"schema": {"type": "string"}}}}},
)
async def stream_alerts(
    request: Request,
    principal: CurrentUser,
    state: StateDep,
    now: NowDep,
    after: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
    group: Literal["event"] | None = None,
) -> EventSourceResponse:
    """``text/event-stream`` of alerts after ``Last-Event-ID``, else after ``after`` (the cursor the
    page was rendered at, ``<created_at ISO>|<alert id>``), else after the connection time.

    ``group=event``: one ``incident`` event per card (``IncidentPublic``, as ``/api/v1/incidents``)
    instead of one ``alert`` event per alert."""
    cursor = _cursor(request.headers.get("last-event-id") or after, now)
    if group == "event":
        return EventSourceResponse(incident_events(request, state, principal, cursor), ping=15)
    return EventSourceResponse(_events(request, state, principal, cursor), ping=15)
